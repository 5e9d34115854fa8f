extern alias cli;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Parser;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Mapping;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EidAnalytics.Web.Tests.Mapping;

/// <summary>Uploads in other layouts than the standard's: XLSX, profiles named or recognised, files the wizard must map, and the two kinds of extract.</summary>
public sealed class MappedUploadsTests(EidApp app) : IClassFixture<EidApp>
{
    /// <summary>An IT team's spreadsheet layout: its own names, codes, UK dates and levels; no organisation or snapshot columns.</summary>
    private static readonly MappingProfile TeamSheet = new()
    {
        Name = "team-sheet",
        DateFormat = "dd/MM/yyyy",
        Columns = new Dictionary<string, ColumnSource>
        {
            [ExtractColumns.EmployeeRef] = ColumnSource.FromHeader("Staff number"),
            [ExtractColumns.JobFamily] = ColumnSource.Fixed("it"),
            [ExtractColumns.Level] = ColumnSource.FromHeader("Level"),
            [ExtractColumns.StartDate] = ColumnSource.FromHeader("Joined"),
            [ExtractColumns.Gender] = ColumnSource.FromHeader("Gender"),
        },
    };

    private static byte[] TeamSheetCsv(int women, int men) =>
        Encoding.UTF8.GetBytes("Staff number,Gender,Level,Joined\n" + string.Concat(Enumerable.Range(0, women + men)
            .Select(i => $"S{i:D3},{(i < women ? "Woman" : "Man")},3,06/01/2020\n")));

    private async Task SaveProfileAsync(string organisationCode, MappingProfile profile)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        await scope.ServiceProvider.GetRequiredService<ProfileCatalogue>().SaveAsync(organisation.Id, profile, CancellationToken.None);
    }

    [Fact]
    public async Task An_xlsx_extract_in_the_standard_loads_as_its_csv_would()
    {
        await app.AddOrganisationAsync("E09000401", "Workbook Borough");
        var client = await app.UploaderClientAsync("E09000401");
        using var xlsx = new MemoryStream();
        XlsxWriter.Write(xlsx, "Staff", Extracts.Header.Split(','), Enumerable.Range(0, 16).Select(i => (IReadOnlyList<XlsxCell>)
        [
            XlsxCell.Of("E09000401"), XlsxCell.Of(new DateOnly(2025, 3, 31)), XlsxCell.Of($"EMP{i:D4}"), XlsxCell.Of("it"), XlsxCell.Of(3),
            XlsxCell.Of(new DateOnly(2020, 1, 6)), XlsxCell.Of(i < 3 ? "female" : "male"), XlsxCell.Of(1),
        ]));

        var upload = await Extracts.UploadAsync(client, "E09000401", xlsx.ToArray(), "staff.xlsx");

        Assert.Equal("loaded", upload.GetProperty("status").GetString());
        var metrics = await client.GetFromJsonAsync<JsonElement>("/api/organisations/E09000401/metrics");
        Assert.Equal(0.1875, metrics.GetProperty("organisations")[0].GetProperty("metrics").GetProperty("representation.women_share").GetProperty("value").GetDouble(), 6);
    }

    [Fact]
    public async Task A_file_named_with_the_organisations_profile_is_read_through_it_and_the_snapshot_date_given()
    {
        await app.AddOrganisationAsync("E09000402", "Profile Borough");
        var client = await app.UploaderClientAsync("E09000402");
        await SaveProfileAsync("E09000402", TeamSheet);

        var upload = await Extracts.UploadAsync(client, "E09000402", TeamSheetCsv(2, 6), "team.csv", ("profile", "team-sheet"), ("snapshot_date", "2025-03-31"));

        Assert.Equal("loaded", upload.GetProperty("status").GetString());
        Assert.Equal("team-sheet", upload.GetProperty("profile").GetString());
        Assert.Equal(8, upload.GetProperty("dataset").GetProperty("row_count").GetInt32());
    }

    [Fact]
    public async Task A_file_whose_header_fits_one_of_the_organisations_profiles_is_read_with_it_unasked()
    {
        await app.AddOrganisationAsync("E09000403", "Recognising Borough");
        var client = await app.UploaderClientAsync("E09000403");
        await SaveProfileAsync("E09000403", TeamSheet);

        var upload = await Extracts.UploadAsync(client, "E09000403", TeamSheetCsv(1, 4), "team.csv", ("snapshot_date", "2025-03-31"));

        Assert.Equal("loaded", upload.GetProperty("status").GetString());
        Assert.Equal("team-sheet", upload.GetProperty("profile").GetString());
    }

    [Fact]
    public async Task A_file_whose_header_nothing_fits_waits_for_the_mapping_wizard()
    {
        await app.AddOrganisationAsync("E09000404", "Unknown Layout Borough");
        var client = await app.UploaderClientAsync("E09000404");

        using var response = await Extracts.PostAsync(client, "E09000404", TeamSheetCsv(1, 1), "team.csv");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("needs_mapping", body.GetProperty("status").GetString());
        var page = await client.GetStringAsync($"/uploads/{body.GetProperty("id").GetGuid()}/mapping");
        var document = new HtmlParser().ParseDocument(page);
        Assert.Equal("Match your columns to ours", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Gender", document.QuerySelector("#column-gender option[selected]")!.GetAttribute("value"));
        Assert.Equal("dd/MM/yyyy", document.QuerySelector("#date-format option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_wizards_pages_refuse_a_post_without_the_antiforgery_token()
    {
        await app.AddOrganisationAsync("E09000410", "Forgery Borough");
        var client = await app.UploaderClientAsync("E09000410");
        using var response = await Extracts.PostAsync(client, "E09000410", TeamSheetCsv(1, 1), "team.csv");
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        foreach (var page in new[] { "mapping", "mapping/codes", "mapping/check" })
        {
            using var post = await client.PostAsync($"/uploads/{id}/{page}", new FormUrlEncodedContent([new("Name", "forged")]));
            Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        }

        await using var db = app.CreateDbContext();
        Assert.Equal(UploadStatus.NeedsMapping, (await db.Uploads.SingleAsync(u => u.Id == id)).Status);
    }

    [Fact]
    public async Task A_profile_that_does_not_exist_is_a_validation_problem()
    {
        await app.AddOrganisationAsync("E09000405", "No Profile Borough");
        var client = await app.UploaderClientAsync("E09000405");

        using var response = await Extracts.PostAsync(client, "E09000405", TeamSheetCsv(1, 1), "team.csv", ("profile", "nonesuch"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("nonesuch", body.GetProperty("errors").GetProperty("profile")[0].GetString());
    }

    [Fact]
    public async Task An_IT_team_extract_and_a_whole_council_extract_of_the_same_date_are_both_kept_and_shown_side_by_side()
    {
        await app.AddOrganisationAsync("E09000406", "Two Kinds Borough");
        var client = await app.UploaderClientAsync("E09000406");
        var whole = Extracts.ItTeam("E09000406", 2, 8) + string.Concat(Enumerable.Range(0, 20)
            .Select(i => $"E09000406,2025-03-31,OTH{i:D3},other,3,2020-01-06,{(i < 14 ? "female" : "male")},1\n"));

        var first = await Extracts.UploadAsync(client, "E09000406", whole);
        var second = await Extracts.UploadAsync(client, "E09000406", Extracts.ItTeam("E09000406", 3, 7, refPrefix: "IT"));
        var corrected = await Extracts.UploadAsync(client, "E09000406", Extracts.ItTeam("E09000406", 4, 6, refPrefix: "IT"));

        Assert.Equal(("whole_organisation", 1), (first.GetProperty("dataset").GetProperty("extract_kind").GetString(), first.GetProperty("dataset").GetProperty("version").GetInt32()));
        Assert.Equal(("it_team", 1), (second.GetProperty("dataset").GetProperty("extract_kind").GetString(), second.GetProperty("dataset").GetProperty("version").GetInt32()));
        Assert.Equal(2, corrected.GetProperty("dataset").GetProperty("version").GetInt32());
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/organisations/E09000406"));
        var sources = page.QuerySelector("#extract-sources")!.TextContent;
        Assert.Contains("IT function: from the IT team's own extract (version 2", sources);
        Assert.Contains("Whole organisation: from the whole-council HR extract (version 1", sources);
        var comparison = page.QuerySelectorAll("#scope-comparison tbody tr")[0].TextContent;
        // IT function 4 of 10 from the IT team's file; whole organisation 2 + 14 of 30 from the HR extract.
        Assert.Contains("40.0%", comparison);
        Assert.Contains("53.3%", comparison);
    }

    [Fact]
    public async Task An_upload_said_to_be_the_IT_teams_that_holds_other_staff_is_rejected_in_words()
    {
        await app.AddOrganisationAsync("E09000407", "Mislabelled Borough");
        var client = await app.UploaderClientAsync("E09000407");
        // The header is row 1, the one woman and three men rows 2 to 5, the other family row 6.
        var csv = Extracts.ItTeam("E09000407", 1, 3) + "E09000407,2025-03-31,OTH1,other,3,2020-01-06,female,1\n";

        var upload = await Extracts.UploadAsync(client, "E09000407", Encoding.UTF8.GetBytes(csv), "it.csv", ("extract_kind", "it_team"));

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        Assert.Equal("the file is given as an IT-team extract, but 1 row has job_family other (the first is row 6); give it as a whole-council HR extract, or leave those people out",
            upload.GetProperty("problems")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_rejected_upload_groups_its_problems_and_downloads_them_as_formula_escaped_csv()
    {
        await app.AddOrganisationAsync("E09000408", "Report Borough");
        var client = await app.UploaderClientAsync("E09000408");
        var csv = Extracts.ItTeam("E09000408", 3, 3).Replace(",female,", ",W,", StringComparison.Ordinal).Replace("EMP0005,it,3", "EMP0005,=cmd,3", StringComparison.Ordinal);

        var upload = await Extracts.UploadAsync(client, "E09000408", csv);
        var csvReport = await client.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}/problems.csv");

        var groups = upload.GetProperty("problem_groups");
        Assert.Equal("3 rows have a gender code we don't know: 'W' (rows 2, 3, 4) — map it to one of ours in the mapping wizard", groups[0].GetProperty("summary").GetString());
        Assert.StartsWith("row,column,value,problem\n2,gender,W,", csvReport.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("\n7,job_family,'=cmd,", csvReport, StringComparison.Ordinal);
        var status = new HtmlParser().ParseDocument(await client.GetStringAsync($"/uploads/{upload.GetProperty("id").GetGuid()}"));
        Assert.Contains("3 rows have a gender code we don't know: 'W'", status.QuerySelector("#problem-groups")!.TextContent);
        Assert.NotNull(status.QuerySelector("#change-mapping"));
    }

    [Fact]
    public async Task Employee_references_and_dates_of_birth_in_a_rejected_or_waiting_file_are_stored_nowhere_in_the_database()
    {
        const string Canary = "CANARY-9Z1Q";
        const string Birth = "03/02/1901";
        await app.AddOrganisationAsync("E09000411", "Private Mapping Borough");
        var client = await app.UploaderClientAsync("E09000411");
        await SaveProfileAsync("E09000411", TeamSheet with { Name = "with-birth", DateOfBirth = "Born" });
        var csv = Encoding.UTF8.GetBytes($"Staff number,Gender,Level,Joined,Born\n{Canary},Woman,3,06/01/2020,{Birth}\n{Canary},Man,3,06/01/2020,01/01/1980\n");

        var rejected = await Extracts.UploadAsync(client, "E09000411", csv, "team.csv", ("profile", "with-birth"), ("snapshot_date", "2025-03-31"));
        using var waiting = await Extracts.PostAsync(client, "E09000411", Encoding.UTF8.GetBytes($"Who,Sex\n{Canary},F\n"), "other.csv");
        var waitingId = (await waiting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Contains(Canary, await client.GetStringAsync($"/uploads/{waitingId}/mapping"));

        Assert.Equal("failed", rejected.GetProperty("status").GetString());
        Assert.Equal(2, rejected.GetProperty("problem_count").GetInt32());
        await using var db = app.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in new[] { "uploads", "upload_problems", "upload_problem_groups", "mapping_drafts", "mapping_profiles" })
        {
            await using var search = connection.CreateCommand();
            search.CommandText = $"select count(*) from \"{table}\" t where t::text like '%{Canary}%' or t::text like '%{Birth}%'";
            Assert.True(0L == (long)(await search.ExecuteScalarAsync())!, $"a reference or date of birth appears in {table}");
        }
    }

    [Fact]
    public async Task A_hostile_xlsx_is_refused_with_a_clear_message()
    {
        await app.AddOrganisationAsync("E09000409", "Bomb Borough");
        var client = await app.UploaderClientAsync("E09000409");

        var upload = await Extracts.UploadAsync(client, "E09000409", cli::EidAnalytics.Cli.Samples.HostileXlsx.ZipBomb(64L * 1024 * 1024), "bomb.xlsx");

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        Assert.Contains("zip bomb", upload.GetProperty("problems")[0].GetProperty("reason").GetString());
    }
}
