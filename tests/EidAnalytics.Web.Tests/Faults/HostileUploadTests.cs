using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace EidAnalytics.Web.Tests.Faults;

/// <summary>A service configured for 1 MB uploads, so that "limit + 1 bytes" is cheap to send.</summary>
public sealed class SmallLimitApp : EidApp
{
    public const long Limit = 1024 * 1024;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Eid:Uploads:MaxBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>Malformed and hostile uploads at the HTTP boundary: never a server error, never a partial dataset.</summary>
public sealed class HostileUploadTests(SmallLimitApp app, ITestOutputHelper output) : IClassFixture<SmallLimitApp>
{
    private const string Code = "E09000901";

    public static TheoryData<string> Cases => new(Corpus.Keys);

    private static readonly Dictionary<string, Func<byte[]>> Corpus = new()
    {
        ["truncated mid-row"] = () => Utf8(Extracts.ItTeam(Code, 3, 9)[..^17]),
        ["PNG image"] = () => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Random(4096, 1)],
        ["random binary"] = () => Random(200_000, 2),
        ["gzipped CSV"] = Gzipped,
        ["NUL bytes in a row"] = () => Utf8(Extracts.ItTeam(Code, 2, 2).Replace("EMP0001", "EMP\0\0\u00001")),
        ["one enormous line"] = () => Utf8(Extracts.Header + "\n" + new string('x', 900_000) + "\n"),
        ["ten thousand columns"] = () => Utf8(string.Join(',', Enumerable.Range(0, 10_000).Select(i => $"c{i}")) + "\n1,2,3\n"),
        ["quote never closed"] = () => Utf8(Extracts.Header + "\n" + $"{Code},2025-03-31,\"EMP1,it,3,2020-01-06,male,1\n"),
        ["header only"] = () => Utf8(Extracts.Header + "\n"),
        ["only a byte order mark"] = () => [0xEF, 0xBB, 0xBF],
        ["UTF-16 text"] = () => Encoding.Unicode.GetBytes(Extracts.ItTeam(Code, 1, 1)),
        ["Windows-1252 text"] = () => Encoding.Latin1.GetBytes(Extracts.ItTeam(Code, 1, 1).Replace("EMP0000", "EMPé000")),
        ["formula injection"] = () => Utf8(Extracts.ItTeam(Code, 1, 1).Replace("EMP0000", "=HYPERLINK(\"http://x\")")),
        ["exactly the limit of junk"] = () => Junk(SmallLimitApp.Limit),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_hostile_upload_is_refused_or_rejected_without_a_server_error_or_a_dataset(string name)
    {
        await EnsureOrganisationAsync();
        var client = await app.ApiClientAsync(Code);

        using var response = await Extracts.PostAsync(client, Code, Corpus[name](), "hostile.csv");

        Assert.True((int)response.StatusCode < 500, $"{name}: {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.Accepted)
        {
            var upload = await Extracts.WaitUntilFinishedAsync(client, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            Assert.Equal("failed", upload.GetProperty("status").GetString());
            output.WriteLine($"{name}: rejected — {upload.GetProperty("problems")[0].GetProperty("reason").GetString()}");
        }
        else
        {
            output.WriteLine($"{name}: refused with {(int)response.StatusCode}");
        }
        await AssertNoDatasetAsync();
    }

    [Fact]
    public async Task One_byte_over_the_limit_is_refused_with_413_and_nothing_is_kept()
    {
        await EnsureOrganisationAsync();

        using var response = await Extracts.PostAsync(await app.ApiClientAsync(Code), Code, Junk(SmallLimitApp.Limit + 1), "big.csv");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await using var db = app.CreateDbContext();
        Assert.False(await db.Uploads.AnyAsync(u => u.FileName == "big.csv"));
        Assert.Empty(Directory.Exists(Path.Combine(app.StorageDirectory, "extracts"))
            ? Directory.GetFiles(Path.Combine(app.StorageDirectory, "extracts")).Where(f => new FileInfo(f).Length > SmallLimitApp.Limit)
            : []);
    }

    [Fact]
    public async Task A_body_far_over_the_limit_is_cut_off_with_413()
    {
        await EnsureOrganisationAsync();

        using var response = await Extracts.PostAsync(await app.ApiClientAsync(Code), Code, Junk(SmallLimitApp.Limit * 3), "huge.csv");

        Assert.True(HttpStatusCode.RequestEntityTooLarge == response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("multipart/form-data", "no boundary")]
    [InlineData("application/json", "{\"organisation_code\":\"E09000901\"}")]
    [InlineData("text/plain", "just text")]
    public async Task A_request_that_is_not_a_proper_multipart_form_is_a_client_error(string contentType, string body)
    {
        using var content = new StringContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        await EnsureOrganisationAsync();

        using var response = await (await app.ApiClientAsync(Code)).PostAsync("/api/extracts", content);

        Assert.True((int)response.StatusCode is >= 400 and <= 499, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task EnsureOrganisationAsync()
    {
        await using var db = app.CreateDbContext();
        if (!await db.Organisations.AnyAsync(o => o.Code == Code))
        {
            await app.AddOrganisationAsync(Code, "Hostile Borough");
        }
    }

    private async Task AssertNoDatasetAsync()
    {
        await using var db = app.CreateDbContext();
        Assert.Equal(0, await db.DatasetVersions.CountAsync());
        Assert.Equal(0, await db.Employees.CountAsync());
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Random(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>Printable junk of the given size: a header line, then long lines of letters.</summary>
    private static byte[] Junk(long size)
    {
        var bytes = new byte[size];
        Array.Fill(bytes, (byte)'a');
        for (var i = 1000; i < size; i += 1000)
        {
            bytes[i] = (byte)'\n';
        }
        return bytes;
    }

    private static byte[] Gzipped()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Utf8(Extracts.ItTeam(Code, 5, 5)));
        }
        return buffer.ToArray();
    }
}
