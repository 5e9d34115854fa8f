using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Npgsql;

namespace EidAnalytics.Benchmarks;

/// <summary>
/// Drives a running service for ./eid bench through its real front doors: accounts and tokens as an
/// administrator would hold them, uploads through <c>POST /api/extracts</c> with each organisation's
/// token, briefings through each organisation's "ask for one now" form. Prints <c>key=value</c>
/// lines for the script to collect. Figures, not checks: anything unexpected stops the run.
/// </summary>
public static partial class ServiceDriver
{
    /// <summary>Every bench viewer's password; the accounts live only in the bench's own throwaway cluster.</summary>
    private const string Password = "bench-viewer-42-password";

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args)
        {
            case ["accounts", var url, var owner, var folder]:
                await AccountsAsync(new Uri(url), owner, folder);
                return 0;
            case ["upload", var url, var tokens, var folder, var owner, var parallel]:
                await UploadAllAsync(new Uri(url), ReadTable(tokens), folder, owner, int.Parse(parallel, CultureInfo.InvariantCulture));
                return 0;
            case ["ingest", var url, var tokens, var file, var code, var owner]:
                await IngestAsync(new Uri(url), ReadTable(tokens)[code], file, code, owner);
                return 0;
            case ["briefings", var url, var cookies, var owner, var sequential, var parallel]:
                await BriefingsAsync(new Uri(url), ReadTable(cookies), owner,
                    int.Parse(sequential, CultureInfo.InvariantCulture), int.Parse(parallel, CultureInfo.InvariantCulture));
                return 0;
            case ["released", var owner]:
                await ReleasedAsync(owner);
                return 0;
            case ["page", var url, var cookie, var path, var runs]:
                await PageAsync(new Uri(url), cookie, path, int.Parse(runs, CultureInfo.InvariantCulture));
                return 0;
            case ["benchmark-pdf", var url, var cookie, var owner, var runs]:
                await BenchmarkPdfAsync(new Uri(url), cookie, owner, int.Parse(runs, CultureInfo.InvariantCulture));
                return 0;
            default:
                Console.Error.WriteLine("usage: service accounts URL OWNER_CONNECTION OUT_DIR | upload URL TOKENS DIR OWNER_CONNECTION PARALLEL"
                    + " | ingest URL TOKENS FILE CODE OWNER_CONNECTION | briefings URL COOKIES OWNER_CONNECTION SEQUENTIAL PARALLEL"
                    + " | released OWNER_CONNECTION | page URL COOKIE PATH RUNS | benchmark-pdf URL COOKIE OWNER_CONNECTION RUNS");
                return 2;
        }
    }

    /// <summary>
    /// For every organisation with a bench code: a viewer account (written straight into the
    /// database, one statement) and an upload token. Each viewer then signs in through the real
    /// sign-in form; its cookies go to cookies.tsv for wrk, the tokens to tokens.tsv.
    /// </summary>
    private static async Task AccountsAsync(Uri url, string owner, string folder)
    {
        Directory.CreateDirectory(folder);
        var hash = new PasswordHasher<object>().HashPassword(null!, Password);
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand("""
            with bench as (select id, code, lower(code) || '@bench.eid.test' as email from organisations where code like 'E6%'),
            added as (
                insert into users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash,
                    security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count,
                    display_name, organisation_id)
                select gen_random_uuid(), email, upper(email), email, upper(email), true, @hash, md5(random()::text), gen_random_uuid()::text,
                    false, false, true, 0, 'Bench viewer ' || code, id
                from bench where not exists (select from users u where u.email = bench.email)
                returning id)
            insert into user_roles (user_id, role_id) select added.id, roles.id from added, roles where roles.name = 'viewer'
            """, connection))
        {
            insert.Parameters.AddWithValue("hash", hash);
            await insert.ExecuteNonQueryAsync();
        }

        var codes = new List<string>();
        await using (var select = new NpgsqlCommand("select code from organisations where code like 'E6%' order by code", connection))
        await using (var reader = await select.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                codes.Add(reader.GetString(0));
            }
        }

        var tokens = new List<string>();
        foreach (var code in codes)
        {
            var secret = "eid_bench_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            await using var token = new NpgsqlCommand(
                "insert into api_tokens (id, organisation_id, name, token_hash) select gen_random_uuid(), id, 'bench', @hash from organisations where code = @code",
                connection);
            token.Parameters.AddWithValue("hash", SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
            token.Parameters.AddWithValue("code", code);
            await token.ExecuteNonQueryAsync();
            tokens.Add($"{code}\t{secret}");
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, "tokens.tsv"), tokens);

        var cookies = new ConcurrentDictionary<string, string>();
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (code, cancellationToken) =>
        {
            var (client, jar) = SignedOutClient(url);
            using (client)
            {
                await SignInAsync(client, $"{code.ToLowerInvariant()}@bench.eid.test", cancellationToken);
                cookies[code] = jar.GetCookieHeader(url);
            }
        });
        await File.WriteAllLinesAsync(Path.Combine(folder, "cookies.tsv"), codes.Select(c => $"{c}\t{cookies[c]}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"viewers={codes.Count}\nsign_in_s={watch.Elapsed.TotalSeconds:F1}"));
    }

    /// <summary>
    /// Uploads every file of the folder (&lt;code&gt;_&lt;snapshot&gt;.csv) with its organisation's token,
    /// <paramref name="parallel"/> at a time, and waits until the service has finished them all.
    /// </summary>
    private static async Task UploadAllAsync(Uri url, Dictionary<string, string> tokens, string folder, string owner, int parallel)
    {
        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToList();
        var ids = new ConcurrentBag<Guid>();
        var watch = Stopwatch.StartNew();
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(10) };
        await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (file, cancellationToken) =>
        {
            var code = Path.GetFileName(file).Split('_')[0];
            ids.Add(await PostAsync(client, tokens[code], file, code, cancellationToken));
        });
        var posted = watch.Elapsed;
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        var idList = ids.ToArray();
        while (true)
        {
            await using var count = new NpgsqlCommand(
                "select count(*) filter (where finished_at is not null), count(*) filter (where status = 'loaded'), coalesce(sum(d.row_count), 0) "
                + "from uploads u left join dataset_versions d on d.id = u.dataset_version_id where u.id = any(@ids)", connection);
            count.Parameters.AddWithValue("ids", idList);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (finished, loaded, rows) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            if (finished == idList.Length)
            {
                if (loaded != finished)
                {
                    throw new InvalidOperationException($"{finished - loaded} of {finished} uploads were not loaded");
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"files={files.Count}\nrows={rows}\nposted_s={posted.TotalSeconds:F1}\nloaded_s={watch.Elapsed.TotalSeconds:F1}"));
                return;
            }
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// One upload timed from both sides: the client's POST and its polling of the upload until it
    /// is finished, and the service's own record of when it received and finished the file.
    /// </summary>
    private static async Task IngestAsync(Uri url, string token, string file, string code, string owner)
    {
        using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromMinutes(10) };
        var watch = Stopwatch.StartNew();
        var id = await PostAsync(client, token, file, code, CancellationToken.None);
        var posted = watch.Elapsed;
        while (true)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/extracts/{id}");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var upload = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (upload.GetProperty("finished_at").ValueKind != JsonValueKind.Null)
            {
                var status = upload.GetProperty("status").GetString();
                if (status != "loaded")
                {
                    throw new InvalidOperationException($"upload {id} ended {status}: {upload.GetProperty("message").GetString()}");
                }
                break;
            }
            await Task.Delay(50);
        }
        var total = watch.Elapsed;
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select extract(epoch from finished_at - received_at), d.row_count from uploads u join dataset_versions d on d.id = u.dataset_version_id where u.id = @id",
            connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"post_s={posted.TotalSeconds:F2}\ntotal_s={total.TotalSeconds:F2}\nreceived_to_finished_s={reader.GetDecimal(0):F2}\nrows={reader.GetInt32(1)}"));
    }

    /// <summary>
    /// Briefings through the real job, asked for as a viewer would ask on the briefings page.
    /// First <paramref name="sequential"/> one at a time, each timed from the request to the stored
    /// PDF (after one unmeasured render warms the browser); then every organisation at once,
    /// <paramref name="parallel"/> requests in flight, timed until the last PDF is stored.
    /// </summary>
    private static async Task BriefingsAsync(Uri url, Dictionary<string, string> cookies, string owner, int sequential, int parallel)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        var codes = cookies.Keys.Order(StringComparer.Ordinal).ToList();

        var times = new List<double>();
        foreach (var code in codes.Take(sequential + 1))
        {
            var watch = Stopwatch.StartNew();
            var key = await RequestBriefingAsync(url, code, cookies[code]);
            while (await CountBriefingsAsync(connection, [key]) == 0)
            {
                await Task.Delay(10);
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var warm = times.Skip(1).Order().ToList();

        var keys = new ConcurrentBag<string>();
        var all = Stopwatch.StartNew();
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (code, _) =>
            keys.Add(await RequestBriefingAsync(url, code, cookies[code])));
        var requested = all.Elapsed;
        var keyList = keys.ToArray();
        while (await CountBriefingsAsync(connection, keyList) < keyList.Length)
        {
            await Task.Delay(100);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            first_ms={times[0]:F0}
            warm_n={warm.Count}
            warm_median_ms={Percentile(warm, 50):F0}
            warm_p95_ms={Percentile(warm, 95):F0}
            all_n={keyList.Length}
            all_requested_s={requested.TotalSeconds:F1}
            all_s={all.Elapsed.TotalSeconds:F1}
            """));
    }

    /// <summary>
    /// Waits until the stored release answers every refresh asked for (the uploads' last one included), so the
    /// comparison pages are timed on the release of all the data, not on one a refresh is still replacing.
    /// </summary>
    private static async Task ReleasedAsync(string owner)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                select (select case when is_called then last_value else 0 end from release_generation),
                       coalesce((select published_generation from release_states), -1),
                       (select count(*) from published_figures)
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var (asked, published, figures) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
            if (published >= asked)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generation={published}\nfigures={figures}\nwaited_s={watch.Elapsed.TotalSeconds:F1}"));
                return;
            }
            await Task.Delay(250);
        }
    }

    /// <summary>
    /// One page or download, signed in: the first request (the caller starts a fresh service for it, so it is cold:
    /// code not yet compiled, the release not yet read into memory), then <paramref name="runs"/> warm requests.
    /// </summary>
    private static async Task PageAsync(Uri url, string cookie, string path, int runs)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromMinutes(10) };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            times.Add(watch.Elapsed.TotalMilliseconds);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}");
            }
            bytes = body.Length;
        }
        PrintTimes(times, bytes);
    }

    /// <summary>
    /// The national benchmark report's PDF as a policy user asks for it ("Make a PDF" on /benchmarks), timed
    /// from the request to the stored PDF: the first in a fresh service (the browser starting), then warm ones.
    /// </summary>
    private static async Task BenchmarkPdfAsync(Uri url, string cookie, string owner, int runs)
    {
        await using var connection = new NpgsqlConnection(owner);
        await connection.OpenAsync();
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = url };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var times = new List<double>();
        long bytes = 0;
        for (var i = 0; i <= runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await client.GetStringAsync("/benchmarks");
            var form = new Dictionary<string, string>
            {
                ["scope"] = "national",
                ["key"] = "all",
                ["__RequestVerificationToken"] = AntiforgeryToken(page, "benchmarks"),
            };
            using var response = await client.PostAsync("/benchmarks", new FormUrlEncodedContent(form));
            var key = RequestedKey().Match(response.Headers.Location?.OriginalString ?? "");
            if (!key.Success)
            {
                throw new InvalidOperationException($"asking for the national benchmark report answered {(int)response.StatusCode}");
            }
            var requestKey = Uri.UnescapeDataString(key.Groups[1].Value);
            await using var command = new NpgsqlCommand("select length(pdf) from benchmark_reports where request_key = @key", connection);
            command.Parameters.AddWithValue("key", requestKey);
            object? length;
            while ((length = await command.ExecuteScalarAsync()) is not int)
            {
                await Task.Delay(10);
            }
            times.Add(watch.Elapsed.TotalMilliseconds);
            bytes = (int)length;
        }
        PrintTimes(times, bytes);
    }

    /// <summary>The first time (cold) and the median of the rest (warm), with every warm time.</summary>
    private static void PrintTimes(List<double> times, long bytes)
    {
        var warm = times.Skip(1).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            cold_ms={times[0]:F0}
            warm_median_ms={Percentile(warm, 50):F0}
            warm_runs_ms={string.Join(", ", times.Skip(1).Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}
            bytes={bytes}
            """));
    }

    private static async Task<Guid> PostAsync(HttpClient client, string token, string file, string code, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(code), "organisation_code" },
            { new StreamContent(stream, 1 << 16), "file", Path.GetFileName(file) },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/extracts") { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        var upload = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return upload.GetProperty("id").GetGuid();
    }

    /// <summary>Posts the briefings page's form as the organisation's viewer; the redirect names the request key.</summary>
    private static async Task<string> RequestBriefingAsync(Uri url, string code, string cookie)
    {
        using var handler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = url };
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        var page = await client.GetStringAsync($"/organisations/{code}/briefings");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = AntiforgeryToken(page, code) };
        using var response = await client.PostAsync($"/organisations/{code}/briefings", new FormUrlEncodedContent(form));
        var location = response.Headers.Location?.OriginalString ?? "";
        var key = RequestedKey().Match(location);
        return key.Success ? Uri.UnescapeDataString(key.Groups[1].Value)
            : throw new InvalidOperationException($"asking for {code}'s briefing answered {(int)response.StatusCode} {location}");
    }

    private static async Task<long> CountBriefingsAsync(NpgsqlConnection connection, string[] keys)
    {
        await using var command = new NpgsqlCommand("select count(*) from briefings where request_key = any(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static (HttpClient Client, CookieContainer Jar) SignedOutClient(Uri url)
    {
        var jar = new CookieContainer();
#pragma warning disable CA2000 // the client owns the handler and disposes it
        var handler = new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false };
#pragma warning restore CA2000
        return (new HttpClient(handler, disposeHandler: true) { BaseAddress = url }, jar);
    }

    private static async Task SignInAsync(HttpClient client, string email, CancellationToken cancellationToken)
    {
        var page = await client.GetStringAsync("/account/sign-in", cancellationToken);
        var form = new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(page, "sign-in"),
        };
        using var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(form), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"{email} could not sign in: {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    private static string AntiforgeryToken(string page, string what)
    {
        var token = AntiforgeryField().Match(page);
        return token.Success ? token.Groups[1].Value : throw new InvalidOperationException($"the {what} page has no antiforgery token");
    }

    private static Dictionary<string, string> ReadTable(string path) =>
        File.ReadLines(path).Select(l => l.Split('\t', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static double Percentile(List<double> sorted, int percent) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("[?&]requested=([^&]+)")]
    private static partial Regex RequestedKey();
}
