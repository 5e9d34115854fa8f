using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using EidAnalytics.Web.Tests.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EidAnalytics.Web.Tests.Admin;

/// <summary>An administrator reaches every administration page from the administration page, not only by typing its address.</summary>
public sealed class AdminNavigationTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task Every_admin_page_without_a_parameter_is_linked_from_the_administration_page()
    {
        var adminPages = Endpoints.All(app.Services)
            .Where(c => c is { Method: "GET", Rule: Access.Admin } && c.Pattern.StartsWith("/admin/", StringComparison.Ordinal) && !c.Pattern.Contains('{'))
            // Pages and the jobs dashboard; a download such as /admin/audit.csv is reached from its page.
            .Where(c => c.Endpoint.Metadata.GetMetadata<CompiledPageActionDescriptor>() is not null || c.Pattern.StartsWith("/admin/jobs", StringComparison.Ordinal))
            .Select(c => c.Pattern)
            .Distinct()
            .ToList();
        var client = await app.SignedInClientAsync(Roles.Admin);

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/admin"));
        var links = page.QuerySelectorAll("main a[href]").Select(a => a.GetAttribute("href")).ToHashSet();

        // The reference list and the entered benchmarks were once reachable only by address.
        Assert.Contains("/admin/organisations", adminPages);
        Assert.Contains("/admin/benchmarks", adminPages);
        Assert.All(adminPages, pattern => Assert.Contains(pattern, links));
    }
}
