using System.Text.Json;

namespace ClinicalProject.Statistics.Tests;

/// <summary>Loads a JSON reference file from ReferenceData (written by a committed Python script) and feeds theories.</summary>
internal static class JsonReference
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static T Load<T>(string fileName) => JsonSerializer.Deserialize<T>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "ReferenceData", fileName)), Options)
        ?? throw new InvalidOperationException($"{fileName} is empty.");

    public static TheoryData<T> Theory<T>(IEnumerable<T> items)
    {
        var data = new TheoryData<T>();
        foreach (var item in items)
        {
            data.Add(item);
        }

        return data;
    }
}
