namespace ClinicalProject.DemoLoader;

/// <summary>A demo step the suite refused or did not finish in time.</summary>
public sealed class DemoLoadException(string message) : Exception(message);
