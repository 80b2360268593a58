using ClinicalProject.GapAnalysis.Engine.Equity;

namespace ClinicalProject.GapAnalysis.Engine.Tests;

/// <summary>
/// SII and RII against PHEindicatormethods' published test values (testdata_SII.xlsx, extracted by
/// ReferenceData/extract_phe_sii.py with the arguments testSII.R passes). Point values are deterministic: 1e-9
/// relative. Limits come from a simulation (ours is not R's generator): they must fall within 5 % of the published
/// interval's width of the published limits (Monte Carlo error at 100,000 draws is about 0.3 % of the width).
/// </summary>
public sealed class PheSiiReferenceTests
{
    public static TheoryData<string, string> Blocks()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in ReferenceCsv.Read("phe-sii-expected.csv"))
        {
            data.Add(row["block"], row["area"]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void Sii_and_rii_match_PHEindicatormethods(string block, string area)
    {
        var expected = ReferenceCsv.Read("phe-sii-expected.csv").Single(r => r["block"] == block && r["area"] == area);
        var valueType = (InequalityValueType)int.Parse(expected["value_type"], System.Globalization.CultureInfo.InvariantCulture);
        // PHE orders groups by quantile, 1 = most deprived: the order the engine expects.
        var groups = ReferenceCsv.Read("phe-sii-groups.csv")
            .Where(r => r["block"] == block && r["area"] == area)
            .OrderBy(r => ReferenceCsv.Number(r["quantile"]))
            .Select(r => InequalityGroup.FromConfidenceLimits(r["quantile"], ReferenceCsv.Number(r["population"]),
                ReferenceCsv.Number(r["value"]), ReferenceCsv.Number(r["lower_cl"]), ReferenceCsv.Number(r["upper_cl"]),
                valueType))
            .ToArray();
        var levels = new[] { expected["confidence_1"], expected["confidence_2"] };
        for (var l = 0; l < levels.Length && levels[l].Length > 0; l++)
        {
            var options = new InequalityOptions(valueType, expected["transform"] == "true",
                ReferenceCsv.Number(expected["multiplier"]), ReferenceCsv.Number(levels[l]) / 100,
                (int)ReferenceCsv.Number(expected["repetitions"]), Seed: 5);
            var result = SlopeIndexOfInequality.Compute(groups, options);

            Close.Equal(ReferenceCsv.Number(expected["sii"]), result.Sii.Value, 1e-9, "sii");
            if (expected["rii"].Length > 0)
            {
                Close.Equal(ReferenceCsv.Number(expected["rii"]), result.Rii!.Value, 1e-9, "rii");
            }

            if (expected["intercept"].Length > 0)
            {
                Close.Equal(ReferenceCsv.Number(expected["intercept"]), result.Intercept, 1e-9, "intercept");
            }

            var suffix = l + 1;
            if (expected[$"sii_lowercl_{suffix}"].Length > 0)
            {
                Within(expected, $"sii_lowercl_{suffix}", $"sii_uppercl_{suffix}", result.Sii.LowerCi, result.Sii.UpperCi);
            }

            if (expected[$"rii_lowercl_{suffix}"].Length > 0)
            {
                Within(expected, $"rii_lowercl_{suffix}", $"rii_uppercl_{suffix}", result.Rii!.LowerCi, result.Rii.UpperCi);
            }
        }
    }

    private static void Within(Dictionary<string, string> expected, string lowerColumn, string upperColumn,
        double lower, double upper)
    {
        var publishedLower = ReferenceCsv.Number(expected[lowerColumn]);
        var publishedUpper = ReferenceCsv.Number(expected[upperColumn]);
        var allowance = 0.05 * (publishedUpper - publishedLower);
        Assert.True(Math.Abs(lower - publishedLower) <= allowance, $"{lowerColumn}: published {publishedLower:R}, got {lower:R}");
        Assert.True(Math.Abs(upper - publishedUpper) <= allowance, $"{upperColumn}: published {publishedUpper:R}, got {upper:R}");
    }
}
