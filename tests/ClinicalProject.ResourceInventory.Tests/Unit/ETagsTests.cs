using ClinicalProject.ResourceInventory.Inventory;
using Microsoft.AspNetCore.Http;

namespace ClinicalProject.ResourceInventory.Tests.Unit;

public sealed class ETagsTests
{
    [Theory]
    [InlineData("\"3\"")]
    [InlineData("\"2\", \"3\"")]
    [InlineData("*")]
    public void The_current_version_or_any_passes(string ifMatch)
    {
        Assert.Null(ETags.Check(Request(ifMatch), 3));
    }

    [Theory]
    [InlineData("\"2\"", StatusCodes.Status412PreconditionFailed)]
    [InlineData("W/\"3\"", StatusCodes.Status412PreconditionFailed)]
    [InlineData("3", StatusCodes.Status412PreconditionFailed)]
    [InlineData("", StatusCodes.Status428PreconditionRequired)]
    public void A_stale_weak_malformed_or_missing_etag_is_refused(string ifMatch, int status)
    {
        Assert.Equal(status, ETags.Check(Request(ifMatch), 3)?.StatusCode);
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
