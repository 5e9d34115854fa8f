using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EidAnalytics.Web.Tests.Infrastructure;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>What the outside review's hostile requests found: odd methods, odd file names, cached downloads.</summary>
public sealed partial class HardeningTests(TwoCouncilsApp app) : IClassFixture<TwoCouncilsApp>
{
    private const string FileNameRefused = "The file's name contains a control character (such as NUL), which no real file name has. Rename the file and upload it again.";

    [Fact]
    public async Task Personal_and_sensitive_downloads_are_never_stored_by_a_browser_or_proxy()
    {
        var viewer = await app.SignInAsync(app.A.Viewer);
        var researcher = await app.SignInAsync(app.Researcher);
        var admin = await app.SignInAsync(app.Admin);
        var downloads = new (HttpClient Client, string Url)[]
        {
            (viewer, $"/uploads/{app.A.FailedUpload}/problems.csv"),
            (viewer, $"/api/organisations/{app.A.Code}/metrics"),
            (viewer, $"/briefings/{app.A.Briefing}/pdf"),
            (viewer, $"/organisations/{app.A.Code}"),
            (researcher, "/comparisons/figures.csv"),
            (admin, "/admin/audit.csv"),
        };

        foreach (var (client, url) in downloads)
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{url}: Cache-Control {response.Headers.CacheControl}");
        }
    }

    [Theory]
    [InlineData("TRACE", "/uploads/new")]
    [InlineData("TRACE", "/")]
    [InlineData("PUT", "/uploads/new")]
    [InlineData("DELETE", "/account/sign-out")]
    [InlineData("PATCH", "/organisations/E09000701")]
    [InlineData("OPTIONS", "/api/extracts")]
    public async Task An_unexpected_method_is_answered_405_not_500(string method, string url)
    {
        var uploader = await app.SignInAsync(app.A.Uploader, followRedirects: false);

        using var response = await uploader.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD, POST", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : "");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_NUL_in_the_file_name_is_refused_by_the_API_with_400_and_nothing_is_kept()
    {
        var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", app.A.TokenSecret);
        var before = StoredFiles();

        using var response = await api.PostAsync("/api/extracts", Multipart(
            [("organisation_code", app.A.Code)], "file", "team\0.csv", Extracts.ItTeam(app.A.Code, 2, 9, refPrefix: "NUL-")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("file");
        Assert.Equal(FileNameRefused, errors[0].GetString());
        Assert.Equal(before, StoredFiles());
    }

    [Fact]
    public async Task A_NUL_in_the_file_name_is_refused_by_the_upload_form_with_400_and_nothing_is_kept()
    {
        var uploader = await app.SignInAsync(app.A.Uploader, followRedirects: false);
        var token = AntiforgeryToken().Match(await uploader.GetStringAsync("/uploads/new")).Groups[1].Value;
        var before = StoredFiles();

        using var response = await uploader.PostAsync("/uploads/new", Multipart(
            [("__RequestVerificationToken", token), ("Kind", "")], "ExtractFile", "team\0.csv", Extracts.ItTeam(app.A.Code, 2, 9, refPrefix: "NULF-")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(FileNameRefused, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, StoredFiles());
    }

    private int StoredFiles() => Directory.Exists(app.StorageDirectory) ? Directory.GetFiles(app.StorageDirectory, "*", SearchOption.AllDirectories).Length : 0;

    /// <summary>
    /// A multipart form written byte by byte: the file name goes in RFC 5987's <c>filename*</c>, percent-encoded,
    /// which is how a NUL reaches the server (HttpClient would not put one in a header).
    /// </summary>
    private static ByteArrayContent Multipart((string Name, string Value)[] fields, string fileField, string fileName, string content)
    {
        const string boundary = "eid-hostile-boundary";
        var body = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            body.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }
        body.Append(CultureInfo.InvariantCulture, $"--{boundary}\r\nContent-Disposition: form-data; name=\"{fileField}\"; filename=\"team.csv\"; filename*=UTF-8''{Uri.EscapeDataString(fileName)}\r\n")
            .Append("Content-Type: text/csv\r\n\r\n").Append(content).Append(CultureInfo.InvariantCulture, $"\r\n--{boundary}--\r\n");
        var multipart = new ByteArrayContent(Encoding.UTF8.GetBytes(body.ToString()));
        multipart.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return multipart;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
