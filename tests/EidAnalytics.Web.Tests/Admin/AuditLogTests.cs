using System.Net;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Admin;

/// <summary>An administrator finds entries in the audit log by who, what, organisation and UK dates, a page at a time, and downloads what was found.</summary>
public sealed class AuditLogTests(EidApp app) : IClassFixture<EidApp>, IAsyncLifetime
{
    private HttpClient _admin = null!;

    public async Task InitializeAsync()
    {
        _admin = await app.SignedInClientAsync(Roles.Admin);
        await using (var db = app.CreateDbContext())
        {
            // xunit makes the class once per test and the app once per class: the entries go in once.
            if (await db.AuditEvents.AnyAsync(e => e.Target == "upload a1"))
            {
                return;
            }
        }
        // 30 June 2026 23:30 UTC is 1 July 00:30 in London (BST); 1 July 23:30 UTC is 2 July 00:30.
        await Sql.ExecuteAsync(app.ConnectionString, """
            insert into audit_events (occurred_at, user_name, organisation_code, action, target) values
              ('2026-06-30 22:30:00+00', 'alice@north.gov.uk', 'E09000801', 'upload', 'upload a1'),
              ('2026-06-30 23:30:00+00', 'alice@north.gov.uk', 'E09000801', 'upload', 'upload a2'),
              ('2026-07-01 23:30:00+00', 'alice@north.gov.uk', 'E09000801', 'upload', 'upload a3'),
              ('2026-07-01 12:00:00+00', 'bob@south.gov.uk', 'E09000802', 'upload', 'upload b1'),
              ('2026-07-01 12:00:00+00', 'alice@north.gov.uk', 'E09000801', 'download', 'briefing a4');
            insert into audit_events (occurred_at, user_name, action, target)
              select timestamptz '2026-05-01 09:00:00+00' + n * interval '1 minute', 'paging@test', 'export', 'page ' || n from generate_series(1, 60) n;
            """);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Who_what_organisation_and_the_UK_day_narrow_the_log()
    {
        var page = await PageAsync("/admin/audit?who=ALICE&action=upload&organisation=e09000801&from=2026-07-01&to=2026-07-01");

        // a1 is 30 June 23:30 in London, a3 is 2 July 00:30; only a2 (1 July 00:30) is on 1 July.
        Assert.Equal(["upload a2"], Targets(page));
        Assert.Equal("1 entry match.", page.QuerySelector("#audit-count")!.TextContent.Split("Download")[0].Trim());
    }

    [Fact]
    public async Task The_download_holds_the_entries_the_filter_found()
    {
        var page = await PageAsync("/admin/audit?who=bob");
        var csv = await _admin.GetStringAsync(page.QuerySelector("#audit-csv")!.GetAttribute("href")!);

        Assert.Equal("/admin/audit.csv?who=bob", page.QuerySelector("#audit-csv")!.GetAttribute("href"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the header and bob's one upload
        Assert.Contains("upload b1", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sixty_entries_are_two_pages_of_fifty_and_ten()
    {
        var first = await PageAsync("/admin/audit?who=paging");
        var second = await PageAsync(first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!);

        Assert.Equal(50, Targets(first).Count);
        Assert.Equal("page 60", Targets(first)[0]); // newest first
        Assert.Equal(Enumerable.Range(1, 10).Reverse().Select(n => $"page {n}"), Targets(second));
        Assert.Equal("Page 2 of 2", second.QuerySelector(".govuk-pagination__item--current")!.TextContent.Trim());
        Assert.Null(second.QuerySelector(".govuk-pagination__next"));
    }

    [Fact]
    public async Task A_date_that_is_not_one_is_an_error_beside_its_box()
    {
        using var response = await _admin.GetAsync("/admin/audit?from=31/12/2026");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter the from date as year-month-day, such as 2026-12-04", page.QuerySelector(".govuk-error-summary__list a")!.TextContent);
        Assert.Equal("31/12/2026", page.QuerySelector("#from")!.GetAttribute("value"));
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> PageAsync(string url) =>
        new HtmlParser().ParseDocument(await _admin.GetStringAsync(url));

    private static List<string> Targets(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("#audit tbody tr").Select(r => r.QuerySelectorAll("td")[3].TextContent.Trim())];
}
