using Microsoft.AspNetCore.Http;

namespace ClinicalProject.ResourceInventory.Tests.Unit;

/// <summary>The suite's one ETag rule (ServiceDefaults' <see cref="ETags"/>), as the inventory relies on it.</summary>
public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"3\"")]
    [InlineData("\"2\", \"3\"")]
    [InlineData("*")]
    public void The_current_version_or_any_passes(string ifMatch)
    {
        Assert.Null(ETags.CheckIfMatch(Request(ifMatch), 3, "resource"));
    }

    [Theory]
    [InlineData("\"2\"", StatusCodes.Status412PreconditionFailed)]
    [InlineData("W/\"3\"", StatusCodes.Status412PreconditionFailed)]
    [InlineData("3", StatusCodes.Status412PreconditionFailed)]
    [InlineData("garbage", StatusCodes.Status412PreconditionFailed)]
    [InlineData("", StatusCodes.Status428PreconditionRequired)]
    public void A_stale_weak_malformed_or_missing_etag_is_refused(string ifMatch, int status)
    {
        var refusal = ETags.CheckIfMatch(Request(ifMatch), 3, "resource");
        Assert.Equal(status, refusal?.StatusCode);
        Assert.Equal(status == StatusCodes.Status428PreconditionRequired ? ProblemTypes.PreconditionRequired : ProblemTypes.PreconditionFailed,
            refusal!.ProblemDetails.Type);
        Assert.Equal(3, refusal.ProblemDetails.Extensions["currentVersion"]);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData("\"1\"", StatusCodes.Status412PreconditionFailed)]
    [InlineData("*", StatusCodes.Status412PreconditionFailed)]
    public void Creating_needs_no_if_match_and_fails_one(string ifMatch, int? status)
    {
        Assert.Equal(status, ETags.CheckIfMatch(Request(ifMatch), currentTag: null, "indicator")?.StatusCode);
    }

    [Theory]
    [InlineData("\"3\"", true)]
    [InlineData("W/\"3\"", true)]
    [InlineData("\"2\", \"3\"", true)]
    [InlineData("*", true)]
    [InlineData("\"2\"", false)]
    [InlineData("", false)]
    public void A_read_is_not_modified_when_if_none_match_names_the_tag(string ifNoneMatch, bool notModified)
    {
        var context = new DefaultHttpContext();
        if (ifNoneMatch.Length > 0)
        {
            context.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        Assert.Equal(notModified, ETags.SetAndCheckNotModified(context, 3));
        Assert.Equal("\"3\"", context.Response.Headers.ETag.ToString());
        Assert.Equal("no-cache", context.Response.Headers.CacheControl.ToString());
    }

    private static HttpRequest Request(string ifMatch)
    {
        var context = new DefaultHttpContext();
        if (ifMatch.Length > 0)
        {
            context.Request.Headers.IfMatch = ifMatch;
        }

        return context.Request;
    }
}
