using ClinicalProject.GapAnalysis.Engine.Gaps;

namespace ClinicalProject.GapAnalysis.Engine.Continuity;

/// <summary>
/// Continuity of a program's continuum for each territory. A level is <see cref="LevelAvailability.WithinReach"/>
/// when a site within reach offers it; else <see cref="LevelAvailability.ThroughCorridor"/> when a corridor of the
/// program and level leads from an organisation within reach to one offering it; else
/// <see cref="LevelAvailability.ThroughAgreement"/> when an agreement of the program binds an organisation within
/// reach and one offering it; else <see cref="LevelAvailability.Missing"/>, a gap. The levels checked are the
/// program's required ones and every level the region offers for it.
/// </summary>
public static class ContinuityRules
{
    public const string LevelMissing = "continuum-level-missing";
    public const string DelayNotMet = "agreement-delay-not-met";

    public static IReadOnlyList<LevelStatus> Statuses(int program, IReadOnlyList<TerritoryReach> territories, IReadOnlyList<LevelOffer> offers,
        IReadOnlyList<Corridor> corridors, IReadOnlyList<Agreement> agreements, IReadOnlyCollection<ContinuumLevel> requiredLevels)
    {
        ArgumentNullException.ThrowIfNull(territories);
        var programOffers = offers.Where(o => o.Program == program).ToList();
        var levels = programOffers.Select(o => o.Level).Concat(requiredLevels).Distinct().Order().ToList();
        var statuses = new List<LevelStatus>();
        foreach (var territory in territories.OrderBy(t => t.TerritoryCode, StringComparer.Ordinal))
        {
            foreach (var level in levels)
            {
                var atLevel = programOffers.Where(o => o.Level == level).ToList();
                var providers = atLevel.Select(o => o.OrganizationId).ToHashSet();
                if (atLevel.Any(o => o.SiteIds.Any(territory.SitesInReach.Contains)))
                {
                    statuses.Add(new LevelStatus(program, territory.TerritoryCode, level, LevelAvailability.WithinReach, null));
                    continue;
                }

                var corridor = corridors.Where(c => c.Program == program && c.Level == level && territory.OrganizationsInReach.Contains(c.FromOrganizationId)
                    && providers.Contains(c.ToOrganizationId)).OrderBy(c => c.Id).FirstOrDefault();
                if (corridor is not null)
                {
                    statuses.Add(new LevelStatus(program, territory.TerritoryCode, level, LevelAvailability.ThroughCorridor, corridor.Id));
                    continue;
                }

                var agreement = agreements.Where(a => a.Program == program && a.PartyIds.Any(territory.OrganizationsInReach.Contains)
                    && a.PartyIds.Any(providers.Contains)).OrderBy(a => a.Id).FirstOrDefault();
                statuses.Add(agreement is not null
                    ? new LevelStatus(program, territory.TerritoryCode, level, LevelAvailability.ThroughAgreement, agreement.Id)
                    : new LevelStatus(program, territory.TerritoryCode, level, LevelAvailability.Missing, null));
            }
        }

        return statuses;
    }

    public static IReadOnlyList<Gap> Find(int program, IReadOnlyList<TerritoryReach> territories, IReadOnlyList<LevelOffer> offers,
        IReadOnlyList<Corridor> corridors, IReadOnlyList<Agreement> agreements, IReadOnlyCollection<ContinuumLevel> requiredLevels,
        IReadOnlyList<ReportedDelay> reportedDelays)
    {
        var population = territories.ToDictionary(t => t.TerritoryCode, t => t.Population, StringComparer.Ordinal);
        var gaps = new List<Gap>();
        foreach (var status in Statuses(program, territories, offers, corridors, agreements, requiredLevels)
                     .Where(s => s.Availability == LevelAvailability.Missing))
        {
            var offeredInRegion = offers.Count(o => o.Program == program && o.Level == status.Level);
            var level = LevelNames(status.Level);
            gaps.Add(new Gap(Gap.KeyOf(GapType.Continuity, LevelMissing, program, status.TerritoryCode, level.Key), GapType.Continuity, LevelMissing,
                program, status.TerritoryCode, level.Key, 1, population[status.TerritoryCode],
                new Dictionary<string, double> { ["servicesOfLevelInRegion"] = offeredInRegion, ["population"] = population[status.TerritoryCode] },
                new Dictionary<string, double> { ["servicesWithinReachOrLinked"] = 1 },
                $"{status.TerritoryCode} : le niveau « {level.Fr} » du programme {ProgramNames.Fr(program)} n'est ni à portée, ni accessible par un corridor ou une entente" +
                (offeredInRegion > 0 ? $" ({offeredInRegion} service(s) de ce niveau ailleurs dans la région)." : " (aucun service de ce niveau dans la région)."),
                $"{status.TerritoryCode}: the \"{level.En}\" level of {ProgramNames.En(program)} is neither within reach nor reachable through a corridor or agreement" +
                (offeredInRegion > 0 ? $" ({offeredInRegion} service(s) of this level elsewhere in the region)." : " (no service of this level in the region).")));
        }

        foreach (var agreement in agreements.Where(a => a.Program == program).OrderBy(a => a.Id))
        {
            foreach (var reported in reportedDelays.Where(d => d.AgreementId == agreement.Id).OrderBy(d => d.Priority, StringComparer.Ordinal))
            {
                if (!agreement.MaximumDelayDays.TryGetValue(reported.Priority, out var maximum) || reported.Days <= maximum)
                {
                    continue;
                }

                var people = territories.Where(t => agreement.PartyIds.Any(t.OrganizationsInReach.Contains)).Sum(t => t.Population);
                var subject = $"{agreement.Id:N}/{reported.Priority}";
                gaps.Add(new Gap(Gap.KeyOf(GapType.Continuity, DelayNotMet, program, "*", subject), GapType.Continuity, DelayNotMet, program, "*", subject,
                    Numbers.Clamp01((reported.Days - maximum) / maximum), people,
                    new Dictionary<string, double> { ["reportedDelayDays"] = reported.Days, ["population"] = people },
                    new Dictionary<string, double> { ["maximumDelayDays"] = maximum },
                    $"Entente « {agreement.Title} » ({ProgramNames.Fr(program)}), priorité {reported.Priority} : délai déclaré de {Numbers.Fr(reported.Days, 1)} jours{(reported.Period is null ? "" : $" ({reported.Period})")}, au-delà du maximum de {maximum} jours.",
                    $"Agreement \"{agreement.Title}\" ({ProgramNames.En(program)}), priority {reported.Priority}: reported delay of {Numbers.En(reported.Days, 1)} days{(reported.Period is null ? "" : $" ({reported.Period})")}, beyond the maximum of {maximum} days."));
            }
        }

        return gaps;
    }

    public static (string Key, string Fr, string En) LevelNames(ContinuumLevel level) => level switch
    {
        ContinuumLevel.PromotionPrevention => ("promotion-prevention", "promotion et prévention", "promotion and prevention"),
        ContinuumLevel.FirstLine => ("first-line", "première ligne", "first line"),
        ContinuumLevel.SecondLine => ("second-line", "deuxième ligne", "second line"),
        ContinuumLevel.ThirdLine => ("third-line", "troisième ligne", "third line"),
        ContinuumLevel.RehabilitationLongTermSupport => ("rehabilitation-long-term-support", "réadaptation et soutien à long terme", "rehabilitation and long-term support"),
        _ => ("end-of-life", "fin de vie", "end of life"),
    };
}
