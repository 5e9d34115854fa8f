using System.Text.RegularExpressions;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>Every role signs in through the real pages and lands where it should; an administrator invites a new account.</summary>
public sealed class AccountJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Theory]
    [InlineData(Roles.Uploader, "Upload an extract")]
    [InlineData(Roles.Viewer, "Your figures")]
    [InlineData(Roles.Policy, "Benchmark reports")]
    [InlineData(Roles.Researcher, "Compare councils")]
    [InlineData(Roles.Admin, "Administration")]
    public async Task Each_role_signs_in_and_sees_what_it_may_use_then_signs_out(string role, string link)
    {
        var code = role == Roles.Uploader ? "E09000761" : "E09000762";
        if (Roles.IsOrganisationBound(role))
        {
            await App.AddOrganisationAsync(code, $"Journey Borough {role}");
            await Extracts.UploadAsync(await App.ApiClientAsync(code), code, Extracts.ItTeam(code, 3, 9));
        }

        var page = await SignedInPageAsync(role, Roles.IsOrganisationBound(role) ? code : null);

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex(Regex.Escape(link)) }).First).ToBeVisibleAsync();
        if (role == Roles.Admin)
        {
            await page.GotoAsync("/admin/users");
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Accounts");
        }
        else
        {
            var response = await page.GotoAsync("/admin/users");
            Assert.NotEqual(200, response!.Status);
        }
        await page.GotoAsync("/");
        await page.ClickAsync("button:has-text('Sign out')");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You have signed out");
        var after = await page.GotoAsync("/");
        Assert.EndsWith("/account/sign-in?ReturnUrl=%2F", after!.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_invites_an_uploader_who_sets_a_password_and_signs_in()
    {
        await App.AddOrganisationAsync("E09000751", "Invited Borough");
        var admin = await SignedInPageAsync(Roles.Admin);

        await admin.GotoAsync("/admin/users");
        await admin.FillAsync("#email", "new.person@eid.test");
        await admin.FillAsync("#name", "New Person");
        await admin.CheckAsync("#role-uploader");
        await admin.SelectOptionAsync("#organisation", "E09000751");
        await admin.ClickAsync("button:has-text('Create account')");
        var link = await admin.Locator("#invitation-link").TextContentAsync();

        var invitee = await Chromium.NewPageAsync(new() { BaseURL = App.ServerAddress.ToString() });
        await invitee.GotoAsync(link!.Trim());
        await invitee.FillAsync("#password", "a-long-new-password-7");
        await invitee.ClickAsync("button:has-text('Set password')");
        await invitee.WaitForURLAsync(new Regex("/account/sign-in$"));
        await invitee.FillAsync("#email", "new.person@eid.test");
        await invitee.FillAsync("#password", "a-long-new-password-7");
        await invitee.ClickAsync("button:has-text('Sign in')");

        await Assertions.Expect(invitee.Locator("#own-organisation")).ToHaveTextAsync("Invited Borough");
        var again = await invitee.GotoAsync(link.Trim());
        await invitee.FillAsync("#password", "another-password-8");
        await invitee.ClickAsync("button:has-text('Set password')");
        await Assertions.Expect(invitee.Locator(".govuk-error-summary")).ToContainTextAsync("expired or has been used");
        await using var db = App.CreateDbContext();
        var created = await db.AuditEvents.SingleAsync(e => e.Action == AuditActions.AccountCreated);
        Assert.Equal(("E09000751", "127.0.0.1"), (created.OrganisationCode, created.IpAddress));
        await admin.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath("admin-accounts.png"), FullPage = true });
    }
}
