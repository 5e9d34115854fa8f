using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EidAnalytics.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Tests.Infrastructure;

/// <summary>Builds small v1 extracts in tests and drives them through the API.</summary>
public static class Extracts
{
    public const string Header =
        "organisation_code,snapshot_date,employee_ref,job_family,level,start_date,gender,fte";

    /// <summary>
    /// A valid IT-team extract: <paramref name="women"/> women then <paramref name="men"/> men, all
    /// at level 3, employed since 2020, snapshot 31 March 2025.
    /// </summary>
    public static string ItTeam(string organisationCode, int women, int men, string refPrefix = "EMP")
    {
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < women + men; i++)
        {
            var gender = i < women ? "female" : "male";
            text.Append(CultureInfo.InvariantCulture, $"{organisationCode},2025-03-31,{refPrefix}{i:D4},it,3,2020-01-06,{gender},1\n");
        }
        return text.ToString();
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string organisationCode, string csv, string fileName = "extract.csv") =>
        PostAsync(client, organisationCode, Encoding.UTF8.GetBytes(csv), fileName);

    /// <summary>Posts a file (CSV or XLSX) with any further form fields (profile, snapshot_date, extract_kind).</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient client, string organisationCode, byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(organisationCode), "organisation_code");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".xlsx", StringComparison.Ordinal)
            ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : "text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync("/api/extracts", form);
    }

    /// <summary>Posts a file from disk, streamed; returns the upload id of the 202 answer.</summary>
    public static async Task<Guid> PostFileAsync(HttpClient client, string organisationCode, string path)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(organisationCode), "organisation_code");
        await using var stream = File.OpenRead(path);
        var file = new StreamContent(stream);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", Path.GetFileName(path));
        using var response = await client.PostAsync("/api/extracts", form);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Polls the upload until the ingest job has finished with it (or a minute has passed).</summary>
    public static async Task<JsonElement> WaitUntilFinishedAsync(HttpClient client, Guid uploadId)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var upload = await client.GetFromJsonAsync<JsonElement>($"/api/extracts/{uploadId}");
            var status = upload.GetProperty("status").GetString();
            if (status is "loaded" or "failed" or "unchanged")
            {
                return upload;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Upload {uploadId} still '{status}' after a minute.");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Posts an extract and waits for its ingest to finish.</summary>
    public static Task<JsonElement> UploadAsync(HttpClient client, string organisationCode, string csv) =>
        UploadAsync(client, organisationCode, Encoding.UTF8.GetBytes(csv), "extract.csv");

    public static async Task<JsonElement> UploadAsync(
        HttpClient client, string organisationCode, byte[] content, string fileName, params (string Name, string Value)[] fields)
    {
        using var response = await PostAsync(client, organisationCode, content, fileName, fields);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await WaitUntilFinishedAsync(client, body.GetProperty("id").GetGuid());
    }

    /// <summary>
    /// Two snapshots of one IT team through the API: 31 March 2024 with 2 women and 3 men (40.0%), then
    /// 31 March 2025 with 4 women and 5 men (44.4%).
    /// </summary>
    public static async Task UploadTwoSnapshotsAsync(HttpClient api, string organisationCode)
    {
        await UploadAsync(api, organisationCode, ItTeam(organisationCode, 2, 3).Replace("2025-03-31", "2024-03-31", StringComparison.Ordinal));
        await UploadAsync(api, organisationCode, ItTeam(organisationCode, 4, 5, refPrefix: "NEW"));
    }

    /// <summary>An upload recorded as queued with no job behind it: it stays queued until the test moves it on.</summary>
    public static async Task<Guid> QueuedWithoutJobAsync(EidApp app, string organisationCode, long sizeBytes = 10 * 1024)
    {
        await using var db = app.CreateDbContext();
        var organisation = await db.Organisations.SingleAsync(o => o.Code == organisationCode);
        var upload = new Upload
        {
            Id = Guid.CreateVersion7(), OrganisationId = organisation.Id, FileName = "extract.csv", StoredName = $"{Guid.NewGuid():N}.csv",
            ContentHash = Guid.NewGuid().ToByteArray(), SizeBytes = sizeBytes, Status = UploadStatus.Queued, ReceivedAt = DateTimeOffset.UtcNow,
        };
        db.Uploads.Add(upload);
        await db.SaveChangesAsync();
        return upload.Id;
    }
}
