using System.Text;
using EidAnalytics.Web.Features.Briefings;
using EidAnalytics.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EidAnalytics.Web.Tests.Security;

/// <summary>A service whose every log line, at every level, is kept for the canary test to search.</summary>
public sealed class LoggedApp : EidApp
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var category in new[] { "Default", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire" })
        {
            builder.UseSetting($"Logging:LogLevel:{category}", "Trace");
        }
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }
}

/// <summary>
/// A recognisable employee reference, planted in an extract that loads and in one that is rejected,
/// appears nowhere afterwards: not in any table, not in any log line, not in any page, file or API
/// answer the service gives about them. (The stored original upload keeps it, as it must.)
/// </summary>
public sealed class CanaryTests(LoggedApp app) : IClassFixture<LoggedApp>
{
    private const string Canary = "CANARY-7Q2X";

    [Fact]
    public async Task A_planted_employee_reference_appears_nowhere_in_the_database_logs_or_outputs()
    {
        const string Code = "E09000741";
        await app.AddOrganisationAsync(Code, "Canary Borough");
        var uploader = await app.UploaderClientAsync(Code);
        var loaded = await Extracts.UploadAsync(uploader, Code, Extracts.ItTeam(Code, 3, 9, refPrefix: Canary));
        // Two rows with the same reference: rejected as a duplicate, which names the first row, not the reference.
        var rejected = await Extracts.UploadAsync(uploader, Code, Extracts.ItTeam(Code, 1, 3, refPrefix: Canary).Replace($"{Canary}0001", $"{Canary}0000"));
        Assert.Equal(("loaded", "failed"), (loaded.GetProperty("status").GetString(), rejected.GetProperty("status").GetString()));
        Guid briefing;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            briefing = (await scope.ServiceProvider.GetRequiredService<BriefingService>().RenderAsync(Code, null, "canary", CancellationToken.None))!.Value;
        }

        var outputs = new StringBuilder();
        foreach (var url in new[]
        {
            $"/organisations/{Code}", $"/organisations/{Code}/briefing", $"/api/organisations/{Code}/metrics",
            $"/uploads/{rejected.GetProperty("id").GetGuid()}", $"/uploads/{rejected.GetProperty("id").GetGuid()}/problems.csv",
            $"/api/extracts/{rejected.GetProperty("id").GetGuid()}", $"/api/extracts/{loaded.GetProperty("id").GetGuid()}",
        })
        {
            outputs.AppendLine(await uploader.GetStringAsync(url));
        }
        var pdf = Infrastructure.Browser.ArtifactPath("canary-briefing.pdf");
        await File.WriteAllBytesAsync(pdf, await uploader.GetByteArrayAsync($"/briefings/{briefing}/pdf"));
        outputs.AppendLine(await Programs.RunAsync("pdftotext", pdf, "-"));

        Assert.DoesNotContain(Canary, outputs.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Logs.Lines, line => line.Contains(Canary, StringComparison.Ordinal));
        Assert.True(app.Logs.Lines.Count > 500, "the log capture caught too little to mean anything");
        Assert.Empty(await TablesHoldingAsync(Canary));
    }

    /// <summary>Every table whose rows, cast to text, hold the value as text or as hex (bytea).</summary>
    private async Task<List<string>> TablesHoldingAsync(string value)
    {
        var hex = Convert.ToHexStringLower(Encoding.UTF8.GetBytes(value));
        var found = new List<string>();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }
        foreach (var table in tables)
        {
            await using var search = new NpgsqlCommand($"select count(*) from \"{table}\" t where t::text like '%{value}%' or t::text like '%{hex}%'", connection);
            if ((long)(await search.ExecuteScalarAsync())! > 0)
            {
                found.Add(table);
            }
        }
        return found;
    }
}
