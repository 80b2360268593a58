namespace ClinicalProject.Testing;

/// <summary>One HTTP endpoint of a running service: a method and a concrete path that reaches it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The route pattern with every parameter replaced by a sample value.</param>
/// <param name="Pattern">The route pattern as mapped.</param>
/// <param name="AllowsAnonymous">Whether the endpoint says it needs no token (probes, the OpenAPI document).</param>
/// <param name="ContentType">A body type the endpoint accepts (routing answers 415 to others before authorization).</param>
public sealed record ServiceEndpoint(string Method, string Path, string Pattern, bool AllowsAnonymous, string ContentType = "application/json")
{
    public override string ToString() => $"{Method} {Pattern}";
}
