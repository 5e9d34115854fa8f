using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EidAnalytics.Web.Features.Accounts;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Tests.Uploads;

public sealed class UploadsApiTests(EidApp app) : IClassFixture<EidApp>
{
    [Fact]
    public async Task A_valid_extract_is_loaded_by_the_job_and_its_metrics_are_served()
    {
        await app.AddOrganisationAsync("E09000101", "Upload Test Borough");
        var api = await app.ApiClientAsync("E09000101");

        using var response = await Extracts.PostAsync(api, "E09000101", Extracts.ItTeam("E09000101", women: 3, men: 13));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("queued", accepted.GetProperty("status").GetString());

        var upload = await Extracts.WaitUntilFinishedAsync(api, accepted.GetProperty("id").GetGuid());
        Assert.Equal("loaded", upload.GetProperty("status").GetString());
        Assert.Equal(16, upload.GetProperty("dataset").GetProperty("row_count").GetInt32());
        Assert.Equal("it_team", upload.GetProperty("dataset").GetProperty("extract_kind").GetString());

        var metrics = await (await app.SignedInClientAsync(Roles.Viewer, "E09000101")).GetFromJsonAsync<JsonElement>("/api/organisations/E09000101/metrics");
        var it = Assert.Single(metrics.GetProperty("organisations").EnumerateArray());
        Assert.Equal("it_function", it.GetProperty("scope").GetString());
        Assert.Equal("2025-03-31", it.GetProperty("snapshot_date").GetString());
        var share = it.GetProperty("metrics").GetProperty("representation.women_share");
        // 3 women / 16 people = 0.1875. Wilson 95% (z = 1.959964, z² = 3.841459):
        // centre = (0.1875 + 3.841459/32) / (1 + 3.841459/16) = 0.307546 / 1.240091 = 0.248004
        // half   = 1.959964 × √(0.1875 × 0.8125/16 + 3.841459/1024) / 1.240091 = 0.182088
        // interval 0.065916 – 0.430089
        Assert.Equal(0.1875, share.GetProperty("value").GetDouble(), 6);
        Assert.Equal(3, share.GetProperty("numerator").GetDouble());
        Assert.Equal(16, share.GetProperty("denominator").GetDouble());
        Assert.Equal(0.0659, share.GetProperty("ci_low").GetDouble(), 4);
        Assert.Equal(0.4301, share.GetProperty("ci_high").GetDouble(), 4);
    }

    [Fact]
    public async Task Every_value_of_a_row_is_stored_as_given_with_the_employee_ref_replaced_by_its_pseudonym()
    {
        await app.AddOrganisationAsync("E09000110", "Round Trip Borough");
        var api = await app.ApiClientAsync("E09000110");
        var csv = string.Join('\n',
            "organisation_code,snapshot_date,employee_ref,job_family,level,grade,fte,start_date,level_start_date,last_promotion_date,"
                + "leave_date,leave_reason,gender,ethnicity,disability,age_band,working_pattern,hourly_pay,bonus_pay",
            "E09000110,2025-03-31,EMP-A,digital,4,Grade Ünï 7,0.6,1999-12-31,2022-04-01,2023-10-02,,,female,asian,yes,45-54,part_time,31.25,1200.5",
            "E09000110,2025-03-31,EMP-B,it,2,,1,2024-06-03,2024-06-03,,2025-01-31,voluntary,male,undisclosed,no,25-34,full_time,18,0") + "\n";

        var upload = await Extracts.UploadAsync(api, "E09000110", csv);

        Assert.Equal("loaded", upload.GetProperty("status").GetString());
        var key = Convert.FromBase64String(app.Services.GetRequiredService<IOptions<PseudonymisationOptions>>().Value.Key!);
        await using var db = app.CreateDbContext();
        var rows = await db.Employees.IgnoreQueryFilters()
            .Where(e => db.DatasetVersions.Any(d => d.Id == e.DatasetVersionId && d.Organisation!.Code == "E09000110"))
            .OrderBy(e => e.Level).ToListAsync();
        Assert.Equal(2, rows.Count);
        var (b, a) = (rows[0], rows[1]);
        // HMAC-SHA256(key, organisation code + "\n" + employee_ref), DESIGN §5.
        Assert.Equal(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("E09000110\nEMP-A")), a.Pseudonym);
        Assert.Equal(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("E09000110\nEMP-B")), b.Pseudonym);
        Assert.Equal(("digital", (short)4, "Grade Ünï 7", 0.6), (a.JobFamily, a.Level, a.Grade, a.Fte));
        Assert.Equal((new DateOnly(1999, 12, 31), new DateOnly(2022, 4, 1), new DateOnly(2023, 10, 2), (DateOnly?)null),
            (a.StartDate, a.LevelStartDate, a.LastPromotionDate, a.LeaveDate));
        Assert.Equal((null, "female", "asian", "yes", "45-54", "part_time"), (a.LeaveReason, a.Gender, a.Ethnicity, a.Disability, a.AgeBand, a.WorkingPattern));
        Assert.Equal((31.25, 1200.5), (a.HourlyPay, a.BonusPay));
        Assert.Equal(("it", (short)2, null, 1.0), (b.JobFamily, b.Level, b.Grade, b.Fte));
        Assert.Equal((new DateOnly(2024, 6, 3), new DateOnly(2024, 6, 3), null, new DateOnly(2025, 1, 31)),
            (b.StartDate, b.LevelStartDate, b.LastPromotionDate, b.LeaveDate));
        Assert.Equal(("voluntary", "male", "undisclosed", "no", "25-34", "full_time"), (b.LeaveReason, b.Gender, b.Ethnicity, b.Disability, b.AgeBand, b.WorkingPattern));
        Assert.Equal((18.0, 0.0), (b.HourlyPay, b.BonusPay));
    }

    [Fact]
    public async Task Uploading_an_identical_file_again_is_a_no_op_that_says_so()
    {
        await app.AddOrganisationAsync("E09000102", "Repeat Borough");
        var api = await app.ApiClientAsync("E09000102");
        var csv = Extracts.ItTeam("E09000102", women: 2, men: 8);
        var first = await Extracts.UploadAsync(api, "E09000102", csv);
        Assert.Equal("loaded", first.GetProperty("status").GetString());

        using var again = await Extracts.PostAsync(api, "E09000102", csv);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var body = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unchanged", body.GetProperty("status").GetString());
        Assert.Contains("identical", body.GetProperty("message").GetString());
        await using var db = app.CreateDbContext();
        Assert.Equal(1, await db.DatasetVersions.CountAsync(d => d.Organisation!.Code == "E09000102"));
        Assert.Equal(1, await db.Uploads.CountAsync(u => u.Organisation!.Code == "E09000102"));
    }

    [Fact]
    public async Task A_newer_snapshot_adds_a_version_and_keeps_the_earlier_one()
    {
        await app.AddOrganisationAsync("E09000103", "History Borough");
        var api = await app.ApiClientAsync("E09000103");
        await Extracts.UploadAsync(api, "E09000103", Extracts.ItTeam("E09000103", 1, 9).Replace("2025-03-31", "2024-03-31"));
        var newer = await Extracts.UploadAsync(api, "E09000103", Extracts.ItTeam("E09000103", 2, 9));

        Assert.Equal("loaded", newer.GetProperty("status").GetString());
        await using var db = app.CreateDbContext();
        var snapshots = await db.DatasetVersions.Where(d => d.Organisation!.Code == "E09000103")
            .OrderBy(d => d.SnapshotDate).Select(d => d.SnapshotDate).ToListAsync();
        Assert.Equal([new DateOnly(2024, 3, 31), new DateOnly(2025, 3, 31)], snapshots);
        var metrics = await (await app.SignedInClientAsync(Roles.Viewer, "E09000103")).GetFromJsonAsync<JsonElement>("/api/organisations/E09000103/metrics");
        Assert.Equal("2025-03-31", metrics.GetProperty("organisations")[0].GetProperty("snapshot_date").GetString());
    }

    [Fact]
    public async Task A_file_with_one_bad_row_loads_nothing_and_lists_the_problem()
    {
        await app.AddOrganisationAsync("E09000104", "Bad Row Borough");
        var api = await app.ApiClientAsync("E09000104");
        var csv = Extracts.ItTeam("E09000104", 2, 5).Replace("EMP0003,it,3,2020-01-06,male", "EMP0003,it,9,2020-01-06,male");

        var upload = await Extracts.UploadAsync(api, "E09000104", csv);

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        var problem = Assert.Single(upload.GetProperty("problems").EnumerateArray());
        Assert.Equal(5, problem.GetProperty("row").GetInt32()); // header is row 1, EMP0003 is the 4th person
        Assert.Equal("level", problem.GetProperty("column").GetString());
        Assert.Equal("9", problem.GetProperty("value").GetString());
        Assert.True(upload.GetProperty("dataset").ValueKind == JsonValueKind.Null);
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.DatasetVersions.CountAsync(d => d.Organisation!.Code == "E09000104"));
        Assert.Equal(0, await db.Employees.CountAsync(e => db.DatasetVersions.Any(d => d.Id == e.DatasetVersionId && d.Organisation!.Code == "E09000104")));
    }

    [Fact]
    public async Task A_bad_last_row_after_thousands_already_copied_leaves_no_employee_row_behind()
    {
        // Rows stream into the COPY as they pass, so the first 19,999 are sent to PostgreSQL before the
        // last one fails; the COPY is cancelled and the transaction rolled back.
        await app.AddOrganisationAsync("E09000107", "Last Row Borough");
        var api = await app.ApiClientAsync("E09000107");
        var csv = Extracts.ItTeam("E09000107", 4000, 16000);
        var last = csv.LastIndexOf("EMP19999,it,3,", StringComparison.Ordinal);
        csv = csv[..last] + "EMP19999,it,9," + csv[(last + "EMP19999,it,3,".Length)..];
        await using var db = app.CreateDbContext();
        var employeesBefore = await db.Employees.IgnoreQueryFilters().LongCountAsync();

        var upload = await Extracts.UploadAsync(api, "E09000107", csv);

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        var problem = Assert.Single(upload.GetProperty("problems").EnumerateArray());
        Assert.Equal(20_001, problem.GetProperty("row").GetInt32());
        Assert.Equal(0, await db.DatasetVersions.IgnoreQueryFilters().CountAsync(d => d.Organisation!.Code == "E09000107"));
        Assert.Equal(employeesBefore, await db.Employees.IgnoreQueryFilters().LongCountAsync());
        await Sql.AssertNoPartialRowsAsync(app.ConnectionString);
    }

    [Fact]
    public async Task Rows_for_another_organisation_are_rejected()
    {
        await app.AddOrganisationAsync("E09000105", "Mixed Up Borough");
        var api = await app.ApiClientAsync("E09000105");

        var upload = await Extracts.UploadAsync(api, "E09000105", Extracts.ItTeam("E09000999", 1, 3));

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        Assert.All(upload.GetProperty("problems").EnumerateArray(),
            p => Assert.Equal("organisation_code", p.GetProperty("column").GetString()));
    }

    [Fact]
    public async Task An_unknown_organisation_is_a_validation_problem()
    {
        await app.AddOrganisationAsync("E09000108", "Token Borough");
        var api = await app.ApiClientAsync("E09000108");

        using var response = await Extracts.PostAsync(api, "E09999999", Extracts.ItTeam("E09999999", 1, 1));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("E09999999", body.GetProperty("errors").GetProperty("organisation_code")[0].GetString());
    }

    [Fact]
    public async Task A_request_without_a_file_is_a_validation_problem()
    {
        await app.AddOrganisationAsync("E09000109", "No File Borough");
        var api = await app.ApiClientAsync("E09000109");
        using var form = new MultipartFormDataContent { { new StringContent("E09000109"), "organisation_code" } };

        using var response = await api.PostAsync("/api/extracts", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(body.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        await app.AddOrganisationAsync("E09000106", "Empty Borough");
        var api = await app.ApiClientAsync("E09000106");

        using var response = await Extracts.PostAsync(api, "E09000106", "");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("empty", body.GetProperty("errors").GetProperty("file")[0].GetString());
    }
}
