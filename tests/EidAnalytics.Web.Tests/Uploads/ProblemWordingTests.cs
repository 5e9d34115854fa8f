using System.Text.Json;
using AngleSharp.Html.Parser;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Uploads;

/// <summary>What a first-time uploader reads about a rejected file, on the upload's page and from the API, word for word.</summary>
public sealed class ProblemWordingTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task An_impossible_date_is_called_not_a_real_date_without_sending_the_uploader_to_the_mapping_wizard()
    {
        await app.AddOrganisationAsync("E09000161", "Impossible Date Borough");
        var client = await app.UploaderClientAsync("E09000161");
        // The header is row 1, EMP0001 row 3.
        var csv = Extracts.ItTeam("E09000161", 2, 2).Replace("EMP0001,it,3,2020-01-06", "EMP0001,it,3,2019-02-30", StringComparison.Ordinal);

        var upload = await Extracts.UploadAsync(client, "E09000161", csv);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}"));

        var problem = Assert.Single(upload.GetProperty("problems").EnumerateArray());
        Assert.Equal("start_date 2019-02-30 is not a real date: February 2019 has 28 days", problem.GetProperty("reason").GetString());
        Assert.Equal("Row 3, start_date: start_date 2019-02-30 is not a real date: February 2019 has 28 days — correct it in the HR system and export the file again",
            Assert.Single(upload.GetProperty("problem_groups").EnumerateArray()).GetProperty("summary").GetString());
        Assert.Equal("Row 3, start_date: start_date 2019-02-30 is not a real date: February 2019 has 28 days — correct it in the HR system and export the file again",
            page.QuerySelector("#problem-groups")!.TextContent.Trim());
        Assert.DoesNotContain("mapping", page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("#change-mapping"));
    }

    [Fact]
    public async Task A_duplicate_employee_ref_is_told_by_its_two_rows_and_the_reference_appears_nowhere()
    {
        const string Canary = "DUPREF-7Q2X";
        await app.AddOrganisationAsync("E09000162", "Duplicate Borough");
        var client = await app.UploaderClientAsync("E09000162");
        // Rows 2 and 5 share the canary; rows 3 and 6 share the reference 3, which must not be blanked out of "rows 3 and 6".
        var csv = Extracts.ItTeam("E09000162", 3, 3)
            .Replace("EMP0000,", Canary + ",", StringComparison.Ordinal).Replace("EMP0003,", Canary + ",", StringComparison.Ordinal)
            .Replace("EMP0001,", "3,", StringComparison.Ordinal).Replace("EMP0004,", "3,", StringComparison.Ordinal);

        var upload = await Extracts.UploadAsync(client, "E09000162", csv);
        var id = upload.GetProperty("id").GetGuid();
        var html = await client.GetStringAsync($"/uploads/{id}");
        var page = new HtmlParser().ParseDocument(html);
        var api = await client.GetStringAsync($"/api/extracts/{id}");
        var report = await client.GetStringAsync($"/uploads/{id}/problems.csv");

        Assert.Equal(["rows 2 and 5 have the same employee_ref; give each person one row", "rows 3 and 6 have the same employee_ref; give each person one row"],
            upload.GetProperty("problems").EnumerateArray().Select(p => p.GetProperty("reason").GetString()));
        Assert.All(upload.GetProperty("problems").EnumerateArray(), p => Assert.Equal("", p.GetProperty("value").GetString()));
        Assert.Equal("2 rows have an employee_ref that an earlier row already has (rows 5, 6) — give each person one row",
            page.QuerySelector("#problem-groups")!.TextContent.Trim());
        Assert.Equal("rows 2 and 5 have the same employee_ref; give each person one row", page.QuerySelector("#problem-1")!.Children[3].TextContent);
        foreach (var text in new[] { html, api, report })
        {
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("…", page.QuerySelector("#problems")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("…", api, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_for_another_organisation_is_one_problem_naming_both_organisations()
    {
        await app.AddOrganisationAsync("E09000163", "Chosen Borough");
        await app.AddOrganisationAsync("E09000164", "Other File Borough");
        var client = await app.UploaderClientAsync("E09000163");

        var upload = await Extracts.UploadAsync(client, "E09000163", Extracts.ItTeam("E09000164", 20, 43));
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}"));

        const string Reason = "the file is for Other File Borough (E09000164, its organisation_code), not for Chosen Borough (E09000163), "
            + "the organisation it was uploaded for; upload it for Other File Borough, or check you chose the right file";
        var problem = Assert.Single(upload.GetProperty("problems").EnumerateArray());
        Assert.Equal((0, "organisation_code", Reason), (problem.GetProperty("row").GetInt32(), problem.GetProperty("column").GetString(), problem.GetProperty("reason").GetString()));
        Assert.Equal(1, upload.GetProperty("problem_count").GetInt32());
        Assert.Equal(Reason, page.QuerySelector("#problem-groups")!.TextContent.Trim());
        Assert.Equal("The file was not loaded: it has 1 problem.", page.QuerySelector("#upload-message")!.TextContent.Trim());
    }

    [Fact]
    public async Task On_a_rejected_standard_file_uploading_a_corrected_file_is_the_main_button_and_changing_the_mapping_the_second()
    {
        await app.AddOrganisationAsync("E09000165", "Buttons Borough");
        var client = await app.UploaderClientAsync("E09000165");
        var csv = Extracts.ItTeam("E09000165", 2, 2).Replace(",female,", ",W,", StringComparison.Ordinal);

        var upload = await Extracts.UploadAsync(client, "E09000165", csv);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}"));

        var buttons = page.QuerySelectorAll("main .govuk-button:not(.govuk-button--secondary)");
        var primary = Assert.Single(buttons);
        Assert.Equal(("upload-corrected", "Upload a corrected file", "/uploads/new"), (primary.Id, primary.TextContent.Trim(), primary.GetAttribute("href")));
        var mapping = page.QuerySelector("#change-mapping")!;
        Assert.Equal("Change the mapping", mapping.TextContent.Trim());
        Assert.Contains("govuk-button--secondary", mapping.ClassList);
    }

    [Fact]
    public async Task A_viewer_reads_the_problems_of_a_rejected_file_but_is_offered_no_upload_or_mapping()
    {
        await app.AddOrganisationAsync("E09000167", "Viewing Buttons Borough");
        var client = await app.UploaderClientAsync("E09000167");
        var csv = Extracts.ItTeam("E09000167", 2, 2).Replace(",female,", ",W,", StringComparison.Ordinal);
        var upload = await Extracts.UploadAsync(client, "E09000167", csv);
        var viewer = await app.SignedInClientAsync(Roles.Viewer, "E09000167");

        var page = new HtmlParser().ParseDocument(await viewer.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}"));

        Assert.NotEmpty(page.QuerySelectorAll("#problems tbody tr"));
        Assert.Empty(page.QuerySelectorAll("main a[href='/uploads/new'], #change-mapping, main a[href$='/mapping']"));
        Assert.Contains("An uploader of your council can fix these in the file and upload it again", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_problem_kinds_are_stored_by_name()
    {
        await app.AddOrganisationAsync("E09000166", "Kinds Borough");
        var client = await app.UploaderClientAsync("E09000166");
        var csv = Extracts.ItTeam("E09000166", 1, 1).Replace("EMP0001,it,3,2020-01-06", "EMP0001,it,3,2020-13-06", StringComparison.Ordinal);

        var upload = await Extracts.UploadAsync(client, "E09000166", csv);

        var group = Assert.Single(upload.GetProperty("problem_groups").EnumerateArray());
        Assert.Equal(JsonValueKind.String, group.GetProperty("kind").ValueKind);
        Assert.Equal("not_a_real_date", group.GetProperty("kind").GetString());
    }
}
