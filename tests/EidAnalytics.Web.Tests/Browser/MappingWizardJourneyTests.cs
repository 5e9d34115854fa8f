extern alias cli;

using System.Text.RegularExpressions;
using cli::EidAnalytics.Cli.Samples;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace EidAnalytics.Web.Tests.Browser;

/// <summary>
/// A council uploads an XLSX report from its HR system; the service does not recognise it, and the
/// user matches its columns, codes and grades in the mapping wizard, checks the answers and loads it.
/// </summary>
public sealed partial class MappingWizardJourneyTests(EidServer app) : BrowserTests<EidServer>(app)
{
    [Theory]
    [InlineData("itrent", "E09000501")]
    [InlineData("oracle-hcm", "E09000502")]
    [InlineData("successfactors", "E09000503")]
    [InlineData("resourcelink", "E09000504")]
    [InlineData("unit4", "E09000505")]
    public async Task An_xlsx_report_in_an_HR_systems_layout_is_mapped_in_the_wizard_and_loaded(string system, string code)
    {
        await App.AddOrganisationAsync(code, $"Wizard Borough {system}");
        var council = SampleCouncils.All.Single(c => c.Code == "E06999005");
        var simulated = WorkforceSimulation.Run(council, 11);
        var rows = simulated.Snapshots[^1];
        var file = Path.Combine(Path.GetTempPath(), $"{system}-{Guid.NewGuid():N}.xlsx");
        await using (var stream = File.Create(file))
        {
            SampleLayouts.Write(stream, BuiltInProfiles.Find(system)!, rows, xlsx: true, seed: 11, title: "Workforce report");
        }
        if (system == "itrent")
        {
            // A standard file of the same date is already loaded: 2 women and 3 men.
            await Extracts.UploadAsync(await App.ApiClientAsync(code), code, Extracts.ItTeam(code, 2, 3));
        }
        var page = await SignedInPageAsync(Roles.Uploader, code);

        await page.GotoAsync("/uploads/new");
        await page.SetInputFilesAsync("#file", file);
        await page.ClickAsync("button:has-text('Upload and check')");

        // Step 1: the columns, suggested from the built-in profile the headers resemble.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Match your columns to ours");
        await Assertions.Expect(page.Locator("#column-gender")).ToHaveValueAsync(BuiltInProfiles.Find(system)!.Columns["gender"].Header!);
        await Assertions.Expect(page.Locator("#column-level")).ToHaveValueAsync("");
        if (system == "itrent")
        {
            // iTrent reports carry no snapshot date column: the page asks for the date.
            await page.FillAsync("#snapshot-day", "31");
            await page.FillAsync("#snapshot-month", "3");
            await page.FillAsync("#snapshot-year", "2025");
        }
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath($"wizard-columns-{system}.png"), FullPage = true });
        await page.ClickAsync("button:has-text('Continue')");

        // Step 2: every grade needs a level; nothing is guessed.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Match your codes to ours");
        await page.ClickAsync("button:has-text('Continue')");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the level of grade");
        var labels = page.Locator("label[for^='grade-']");
        for (var i = 0; i < await labels.CountAsync(); i++)
        {
            var grade = GradeName().Match(await labels.Nth(i).InnerTextAsync()).Groups[1].Value;
            var level = simulated.Grades.ToList().IndexOf(grade) + 1;
            await page.SelectOptionAsync($"#{await labels.Nth(i).GetAttributeAsync("for")}", level.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        await page.ClickAsync("button:has-text('Continue')");

        // Step 3: check the answers against the first rows, name the mapping, load the file.
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your mapping");
        await Assertions.Expect(page.Locator("#preview-result")).ToContainTextAsync("All of the first 20 rows are valid");
        await Assertions.Expect(page.Locator(".govuk-back-link")).ToHaveAttributeAsync("href", new Regex("/mapping$"));
        await Assertions.Expect(page.Locator("#preview-rows tbody tr")).ToHaveCountAsync(5);
        // The built-in profile's name would hide it for the council: the wizard offers the name with the council's code.
        var ownName = $"{system}-{code.ToLowerInvariant()}";
        await Assertions.Expect(page.Locator("#name")).ToHaveValueAsync(ownName);
        if (system == "itrent")
        {
            await Assertions.Expect(page.Locator("#replaces-warning")).ToContainTextAsync(
                "An IT-team extract for 31 March 2025 is already loaded (version 1, 5 rows). If this file (");
            await Assertions.Expect(page.Locator("#replaces-warning")).ToContainTextAsync("is the same kind of extract, loading it makes version 2");
            await page.FillAsync("#name", system);
            await page.ClickAsync("button:has-text('Save the mapping and load the file')");
            await Assertions.Expect(page.Locator("#name-error")).ToContainTextAsync($"itrent is the name of a built-in profile: give your mapping another name, such as {ownName}");
            await page.FillAsync("#name", ownName);
        }
        await page.ScreenshotAsync(new() { Path = Infrastructure.Browser.ArtifactPath($"wizard-check-{system}.png"), FullPage = true });
        await page.ClickAsync("button:has-text('Save the mapping and load the file')");

        await Assertions.Expect(page.Locator("#upload-status")).ToHaveTextAsync("Loaded", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#upload-message")).ToContainTextAsync($"{rows.Count} rows loaded");
        File.Delete(file);
    }

    [GeneratedRegex("Grade '(.*)' \\(")]
    private static partial Regex GradeName();
}
