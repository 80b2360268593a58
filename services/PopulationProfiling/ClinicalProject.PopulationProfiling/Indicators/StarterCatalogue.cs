using ClinicalProject.PopulationProfiling.Engine.Inputs;
using ClinicalProject.PopulationProfiling.StandardPopulations;
using ClinicalProject.Statistics;

namespace ClinicalProject.PopulationProfiling.Indicators;

/// <summary>
/// The indicators the service ships with, seeded by the model (so by the migrations and by a fresh SQLite
/// file). Planners edit them and add their own through <c>PUT /indicators/{code}</c>. The definitions follow
/// the usual Quebec public-health sources (MED-ÉCHO hospitalisations, BDCU emergency visits, the integrated
/// chronic disease surveillance system SISMACQ, GAMF attachment, the census); the counts come from imports.
/// </summary>
public static class StarterCatalogue
{
    private static readonly DateTime Seeded = new(2026, 11, 27, 0, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<Indicator> Indicators { get; } =
    [
        Make("population", "Population totale", "Total population", IndicatorDomain.Demographic, MeasureType.Count, 1, Polarity.None, "",
            NumeratorSource.Population, null, null, "Personnes résidant sur le territoire (estimation ou projection).", "Aucun (dénombrement)."),
        Make("seniors-75-plus", "Personnes de 75 ans et plus", "People aged 75 and over", IndicatorDomain.Demographic, MeasureType.Proportion, 100, Polarity.None, "3",
            NumeratorSource.Population, 75, null, "Personnes de 75 ans et plus.", "Population totale."),
        Make("living-alone", "Personnes vivant seules", "People living alone", IndicatorDomain.SocioEconomic, MeasureType.Proportion, 100, Polarity.None, "3,8",
            NumeratorSource.Counts, null, null, "Personnes de 15 ans et plus vivant seules dans un ménage privé (recensement).", "Population de 15 ans et plus.",
            denominatorAgeFrom: 15),
        Make("low-income", "Personnes à faible revenu", "People with low income", IndicatorDomain.SocioEconomic, MeasureType.Proportion, 100, Polarity.LowIsGood, "1,2",
            NumeratorSource.Counts, null, null, "Personnes vivant sous la mesure de faible revenu après impôt (recensement).", "Population totale."),
        Make("diabetes-prevalence", "Prévalence du diabète", "Diabetes prevalence", IndicatorDomain.SocioSanitary, MeasureType.Proportion, 100, Polarity.LowIsGood, "1,9",
            NumeratorSource.Counts, null, null, "Personnes de 20 ans et plus ayant un diagnostic de diabète (SISMACQ).", "Population de 20 ans et plus.",
            denominatorAgeFrom: 20),
        Make("copd-prevalence", "Prévalence de la MPOC", "COPD prevalence", IndicatorDomain.SocioSanitary, MeasureType.Proportion, 100, Polarity.LowIsGood, "1,9",
            NumeratorSource.Counts, null, null, "Personnes de 35 ans et plus ayant un diagnostic de maladie pulmonaire obstructive chronique (SISMACQ).",
            "Population de 35 ans et plus.", denominatorAgeFrom: 35),
        Make("premature-mortality", "Mortalité prématurée", "Premature mortality", IndicatorDomain.SocioSanitary, MeasureType.DirectlyStandardisedRate, 100_000,
            Polarity.LowIsGood, "1,9", NumeratorSource.Counts, null, null, "Décès avant 75 ans, toutes causes (registre des événements démographiques).",
            "Population de moins de 75 ans.", denominatorAgeTo: 74),
        Make("mortality-ratio", "Rapport de mortalité standardisé", "Standardised mortality ratio", IndicatorDomain.SocioSanitary,
            MeasureType.IndirectlyStandardisedRatio, 100, Polarity.LowIsGood, "1", NumeratorSource.Counts, null, null,
            "Décès, toutes causes.", "Décès attendus selon les taux par âge et sexe du territoire de référence (province)."),
        Make("er-visits", "Visites à l'urgence", "Emergency department visits", IndicatorDomain.ServiceUsage, MeasureType.CrudeRate, 1000, Polarity.LowIsGood, "2,9",
            NumeratorSource.Counts, null, null, "Visites à l'urgence des résidents du territoire, toutes installations (BDCU).", "Population totale."),
        Make("hospitalisations", "Hospitalisations en soins physiques", "Physical health hospitalisations", IndicatorDomain.ServiceUsage,
            MeasureType.DirectlyStandardisedRate, 1000, Polarity.LowIsGood, "9", NumeratorSource.Counts, null, null,
            "Hospitalisations de courte durée en soins physiques des résidents (MED-ÉCHO).", "Population totale."),
        Make("fall-hospitalisations-65-plus", "Hospitalisations pour chute, 65 ans et plus", "Hospitalisations for falls, aged 65 and over",
            IndicatorDomain.ServiceUsage, MeasureType.CrudeRate, 1000, Polarity.LowIsGood, "3,9", NumeratorSource.Counts, null, null,
            "Hospitalisations pour une chute, personnes de 65 ans et plus (MED-ÉCHO).", "Population de 65 ans et plus.", denominatorAgeFrom: 65),
        Make("family-doctor-attachment", "Inscription auprès d'un médecin de famille", "Attachment to a family doctor", IndicatorDomain.ServiceUsage,
            MeasureType.Proportion, 100, Polarity.HighIsGood, "2,9", NumeratorSource.Counts, null, null,
            "Personnes inscrites auprès d'un médecin de famille ou d'un GMF (GAMF).", "Population totale."),
        Make("home-support-users-65-plus", "Usagers du soutien à domicile, 65 ans et plus", "Home support users, aged 65 and over", IndicatorDomain.ServiceUsage,
            MeasureType.Proportion, 100, Polarity.None, "3", NumeratorSource.Counts, null, null,
            "Personnes de 65 ans et plus ayant reçu des services de soutien à domicile (I-CLSC).", "Population de 65 ans et plus.", denominatorAgeFrom: 65),
        Make("mental-health-first-line-users", "Usagers des services de santé mentale de première ligne", "First-line mental health service users",
            IndicatorDomain.ServiceUsage, MeasureType.CrudeRate, 1000, Polarity.None, "8", NumeratorSource.Counts, null, null,
            "Personnes ayant reçu des services de santé mentale de première ligne (I-CLSC).", "Population totale."),
        Make("gp-visits-per-person", "Visites médicales par personne", "Physician visits per person", IndicatorDomain.ServiceUsage, MeasureType.CrudeRate, 1,
            Polarity.None, "2", NumeratorSource.Counts, null, null, "Visites chez un omnipraticien des résidents (RAMQ).", "Population totale."),
    ];

    private static Indicator Make(
        string code, string nameFr, string nameEn, IndicatorDomain domain, MeasureType type, double multiplier, Polarity polarity, string programs,
        NumeratorSource source, int? numeratorAgeFrom, int? numeratorAgeTo, string numeratorDefinition, string denominatorDefinition,
        int? denominatorAgeFrom = null, int? denominatorAgeTo = null) => new()
    {
        Code = code,
        NameFr = nameFr,
        NameEn = nameEn,
        Domain = domain,
        MeasureType = type,
        Multiplier = multiplier,
        Polarity = polarity,
        ServicePrograms = programs,
        NumeratorSource = source,
        // Counts-based numerators cover the population at risk: the same ages.
        NumeratorAgeFrom = source == NumeratorSource.Population ? numeratorAgeFrom : denominatorAgeFrom,
        NumeratorAgeTo = source == NumeratorSource.Population ? numeratorAgeTo : denominatorAgeTo,
        DenominatorAgeFrom = denominatorAgeFrom,
        DenominatorAgeTo = denominatorAgeTo,
        StandardPopulationCode = type == MeasureType.DirectlyStandardisedRate ? StandardPopulationCatalogue.European2013Code : null,
        NumeratorDefinition = numeratorDefinition,
        DenominatorDefinition = denominatorDefinition,
        Revision = 1,
        UpdatedAtUtc = Seeded,
    };
}
