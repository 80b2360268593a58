using System.Net;
using System.Text;
using ClinicalProject.ImpactFollowUp.Tests.Infrastructure;

namespace ClinicalProject.ImpactFollowUp.Tests.Api;

/// <summary>Malformed bodies on every write endpoint: a 400 problem document naming a field, never a 5xx, nothing stored.</summary>
public sealed class MalformedInputTests(ImpactApiFactory factory) : IClassFixture<ImpactApiFactory>
{
    public static TheoryData<string, string, string, string> Bodies => new()
    {
        { "POST", "/plans", "application/json", "[]" },
        { "POST", "/plans", "application/json", "null" },
        { "POST", "/plans", "application/json", """{"title":"x","program":2,"territories":[null],"gaps":[null],"evidence":[null],"indicators":[null],"coManagement":{}}""" },
        { "POST", "/series/values", "application/json", """{"entries":[null,{"indicator":"A"}]}""" },
        { "POST", "/series/values", "application/json", """{"entries":"all"}""" },
        { "POST", "/imports/series", "text/csv", "" },
        { "POST", "/imports/series", "text/csv", "indicator;territory;period;value;source\nA;T;2024-01;1,5;s\n" },
        { "PUT", "/territory-traits", "application/json", """{"traits":[null]}""" },
        { "POST", "/evaluate", "application/json", """{"method":"its","values":[1e308,-1e308,1e308,-1e308,1e308],"interventionIndex":2,"lag":99}""" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_malformed_body_gets_a_problem_naming_a_field(string method, string route, string contentType, string body)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), route) { Content = new StringContent(body, Encoding.UTF8, contentType) };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.ProblemFieldsAsync());
        Assert.Equal(0, (await client.GetJsonAsync("/plans"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_refused_as_an_unsupported_media_type()
    {
        var client = factory.CreateClient();
        using var response = await client.PostAsync("/plans", new StringContent("title", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_bytes_in_a_csv_file_are_refused()
    {
        var client = factory.CreateClient();
        using var content = new ByteArrayContent([0x69, 0x6e, 0x64, 0xff, 0xfe, 0x0a, 0xc3, 0x28]);
        content.Headers.ContentType = new("text/csv");

        using var response = await client.PostAsync("/imports/series?source=s", content);

        Assert.NotEmpty(await response.ProblemFieldsAsync());
    }
}
