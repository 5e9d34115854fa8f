using System.Text.Json;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>An uploader looks at the mapping profiles the wizard saved for the council, downloads one and deletes another.</summary>
public sealed class MappingProfilesJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Fact]
    public async Task An_uploader_sees_what_each_saved_profile_maps_downloads_it_and_deletes_one_after_confirming()
    {
        const string code = "E09000601";
        var organisation = await App.AddOrganisationAsync(code, "Profile Borough");
        var itrent = BuiltInProfiles.Find("itrent")! with { Name = "our-itrent", Title = "Our iTrent report" };
        var oracle = BuiltInProfiles.Find("oracle-hcm")! with { Name = "old-oracle", Title = "" };
        await using (var db = App.CreateDbContext())
        {
            foreach (var profile in new[] { itrent, oracle })
            {
                db.OrganisationProfiles.Add(new OrganisationProfile { OrganisationId = organisation.Id, Name = profile.Name, Document = MappingProfileJson.Write(profile), UpdatedAt = new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero) });
            }
            await db.SaveChangesAsync();
        }
        var page = await SignedInPageAsync(Roles.Uploader, code);

        await page.ClickAsync("a:has-text('Mapping profiles for your HR system')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mapping profiles");
        await Assertions.Expect(page.Locator("#profiles tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#profile-our-itrent")).ToContainTextAsync("our-itrent (Our iTrent report)");
        await Assertions.Expect(page.Locator("#profile-our-itrent")).ToContainTextAsync("2 November 2026, 9:30am (UK time)"); // 09:30 UTC in November is GMT
        await Assertions.Expect(page.Locator("#profile-our-itrent td").Nth(1)).ToHaveTextAsync(itrent.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // What it maps, behind a details element that works without JavaScript.
        await page.ClickAsync("#details-our-itrent summary");
        await Assertions.Expect(page.Locator("#details-our-itrent")).ToContainTextAsync($"from '{itrent.Columns["gender"].Header}'");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#profile-our-itrent a:has-text('Download JSON')"));
        Assert.Equal("our-itrent.json", download.SuggestedFilename);
        var json = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Equal(itrent.Columns["gender"].Header, MappingProfileJson.Read(json).Columns["gender"].Header);
        using (JsonDocument.Parse(json)) { }

        // Deleting asks first, then says what happened.
        await page.ClickAsync("a:has-text(\"Delete 'old-oracle'\")");
        await Assertions.Expect(page.Locator("#confirm-delete")).ToContainTextAsync("cannot be undone");
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("mapping-profiles.png"), FullPage = true });
        await page.ClickAsync("button:has-text(\"Yes, delete 'old-oracle'\")");
        await Assertions.Expect(page.Locator("#deleted")).ToContainTextAsync("'old-oracle' has been deleted");
        await Assertions.Expect(page.Locator("#profiles tbody tr")).ToHaveCountAsync(1);

        await using var check = App.CreateDbContext();
        Assert.Equal(["our-itrent"], await check.OrganisationProfiles.IgnoreQueryFilters().Where(p => p.OrganisationId == organisation.Id).Select(p => p.Name).ToListAsync());
        Assert.True(await check.AuditEvents.AnyAsync(e => e.Action == AuditActions.ProfileDeleted && e.Target == "mapping profile old-oracle"));
    }

    [Fact]
    public async Task A_council_without_saved_profiles_is_told_it_needs_none_for_standard_files()
    {
        const string code = "E09000602";
        await App.AddOrganisationAsync(code, "Plain Borough");
        var page = await SignedInPageAsync(Roles.Uploader, code);

        await page.GotoAsync($"/organisations/{code}/profiles");

        await Assertions.Expect(page.Locator("#no-profiles")).ToContainTextAsync("no saved mapping profiles");
    }
}
