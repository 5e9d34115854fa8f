using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Uploads;

/// <summary>
/// An upload whose snapshot is after today or before 2000 is rejected with its reason, like any
/// other invalid file: it neither becomes everyone's "latest" snapshot nor breaks the ingest job.
/// </summary>
public sealed class SnapshotDateUploadTests(EidApp app) : IClassFixture<EidApp>
{
    [Theory]
    [InlineData("E09000761", "2999-03-31", "is after today (")]
    [InlineData("E09000762", "0001-01-01", "is before 2000-01-01")]
    public async Task An_upload_with_a_snapshot_out_of_bounds_is_rejected_with_its_reason(string code, string snapshot, string reason)
    {
        await app.AddOrganisationAsync(code, $"Snapshot Borough {code}");
        var api = await app.ApiClientAsync(code);
        // Everyone started on the snapshot date, and one left on it: the 12 months before it are worked out.
        var csv = "organisation_code,snapshot_date,employee_ref,job_family,level,start_date,gender,leave_date\n"
            + string.Concat(Enumerable.Range(1, 6).Select(i => $"{code},{snapshot},P{i},it,3,{snapshot},{(i <= 2 ? "female" : "male")},\n"))
            + $"{code},{snapshot},L1,it,3,{snapshot},female,{snapshot}\n";

        var upload = await Extracts.UploadAsync(api, code, csv);

        Assert.Equal("failed", upload.GetProperty("status").GetString());
        Assert.Contains(upload.GetProperty("problems").EnumerateArray(), p =>
            p.GetProperty("column").GetString() == "snapshot_date" && p.GetProperty("reason").GetString()!.Contains(reason, StringComparison.Ordinal));
        await using var db = app.CreateDbContext();
        Assert.False(db.DatasetVersions.Any(d => d.Organisation!.Code == code));
    }
}
