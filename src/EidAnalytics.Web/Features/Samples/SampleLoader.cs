using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Benchmarks;
using EidAnalytics.Web.Features.Comparisons;
using EidAnalytics.Web.Features.Documents;
using EidAnalytics.Web.Features.Mapping;
using EidAnalytics.Web.Features.Reference;
using EidAnalytics.Web.Features.Uploads;
using EidAnalytics.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Features.Samples;

/// <summary>
/// At start-up, registers the sample organisations, saves their mapping profiles (profiles/&lt;code&gt;_&lt;name&gt;.json),
/// uploads the sample extracts through the same
/// path as any upload (identical files are no-ops), waits for them to load and renders each sample
/// organisation's briefing once per dataset version. Reports progress to <see cref="StartupProgress"/>.
/// </summary>
public sealed class SampleLoader(
    IServiceScopeFactory scopes,
    IOptions<SampleOptions> options,
    StartupProgress progress,
    TimeProvider clock,
    ILogger<SampleLoader> logger) : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Directory is not { Length: > 0 } folder)
        {
            progress.Complete("Ready (no sample data configured)");
            return;
        }
        try
        {
            var codes = await RegisterOrganisationsAsync(Path.Combine(folder, "organisations.csv"), stoppingToken);
            await SaveProfilesAsync(Path.Combine(folder, "profiles"), stoppingToken);
            var uploads = await UploadExtractsAsync(Path.Combine(folder, "extracts"), stoppingToken);
            await WaitForUploadsAsync(uploads, stoppingToken);
            var briefings = await RenderBriefingsAsync(codes, stoppingToken);
            var reports = await RenderBenchmarkReportsAsync(stoppingToken);
            progress.Complete($"Ready: {uploads.Count} sample extracts loaded; {briefings} briefings and {reports} benchmark reports rendered");
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(e, "Loading the sample data failed");
            progress.Complete("Ready, but loading the sample data failed: see the service log");
        }
    }

    private async Task<IReadOnlyList<string>> RegisterOrganisationsAsync(string path, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OrganisationSeeder>().SeedAsync(path, cancellationToken);
    }

    /// <summary>Each profiles/&lt;code&gt;_&lt;name&gt;.json becomes that organisation's own profile of that name.</summary>
    private async Task SaveProfilesAsync(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var catalogue = scope.ServiceProvider.GetRequiredService<ProfileCatalogue>();
        foreach (var path in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var code = Path.GetFileName(path).Split('_')[0];
            var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Code == code, cancellationToken);
            if (organisation is null)
            {
                logger.LogWarning("Sample profile {File} is for no known organisation", path);
                continue;
            }

            await catalogue.SaveAsync(organisation.Id, MappingProfileJson.Read(await File.ReadAllTextAsync(path, cancellationToken)), cancellationToken);
        }
    }

    /// <summary>
    /// Extract files are named as data-samples/README.md says: &lt;code&gt;_&lt;yyyy-MM-dd&gt;[_&lt;note&gt;][.&lt;profile&gt;].csv|xlsx.
    /// The name gives the organisation, the snapshot date (for files that carry none) and the profile.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> UploadExtractsAsync(string folder, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder).Where(p => ExtractFileName.TryParse(p, out _)).Order(StringComparer.Ordinal).ToList()
            : [];
        var uploads = new List<Guid>();
        foreach (var (path, index) in files.Select((p, i) => (p, i)))
        {
            progress.Update($"Receiving sample extracts: {index + 1} of {files.Count}");
            await using var scope = scopes.CreateAsyncScope();
            var receiver = scope.ServiceProvider.GetRequiredService<UploadReceiver>();
            var name = Path.GetFileName(path);
            await using var content = File.OpenRead(path);
            _ = ExtractFileName.TryParse(name, out var parts);
            var result = await receiver.ReceiveAsync(new UploadRequest(parts.OrganisationCode, name, parts.Profile, parts.SnapshotDate), content, cancellationToken);
            if (result.UploadId is { } id)
            {
                uploads.Add(id);
            }
            else
            {
                logger.LogWarning("Sample {File} was not accepted: {Message}", name, result.Message);
            }
        }
        return uploads;
    }

    private async Task WaitForUploadsAsync(IReadOnlyList<Guid> uploads, CancellationToken cancellationToken)
    {
        await WaitUntilDoneAsync("Checking and loading sample extracts", uploads.Count, async db =>
            await db.Uploads.CountAsync(u => uploads.Contains(u.Id)
                && (u.Status == UploadStatus.Loaded || u.Status == UploadStatus.Failed || u.Status == UploadStatus.Unchanged), cancellationToken),
            cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var failed = await scope.ServiceProvider.GetRequiredService<EidDbContext>().Uploads
            .CountAsync(u => uploads.Contains(u.Id) && u.Status == UploadStatus.Failed, cancellationToken);
        if (failed > 0)
        {
            logger.LogWarning("{Failed} sample extracts were rejected; see their upload pages", failed);
        }
    }

    /// <summary>Polls until <paramref name="countDone"/> reaches <paramref name="total"/>; gives up when nothing moves for two minutes.</summary>
    private async Task WaitUntilDoneAsync(string what, int total, Func<EidDbContext, Task<int>> countDone, CancellationToken cancellationToken)
    {
        var lastDone = -1;
        var lastChange = clock.GetUtcNow();
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var done = await countDone(scope.ServiceProvider.GetRequiredService<EidDbContext>());
            progress.Update($"{what}: {done} of {total} done");
            if (done >= total)
            {
                return;
            }
            if (done != lastDone)
            {
                (lastDone, lastChange) = (done, clock.GetUtcNow());
            }
            else if (clock.GetUtcNow() - lastChange > StallLimit)
            {
                throw new TimeoutException($"{what}: stuck at {done} of {total} for {StallLimit.TotalMinutes} minutes.");
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    /// <summary>Every benchmark report once per state of the data: a restart with the same datasets renders nothing new.</summary>
    private async Task<int> RenderBenchmarkReportsAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<JobRequests>();
        var latest = await db.DatasetVersions.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0;
        var organisations = (await db.Organisations.AsNoTracking()
            .Where(o => db.DatasetVersions.Any(d => d.OrganisationId == o.Id))
            .ToListAsync(cancellationToken)).Select(o => o.ToEntry()).ToList();
        var keys = new List<string>();
        foreach (var report in ReportScope.All(organisations, await scope.ServiceProvider.GetRequiredService<ComparisonData>().FamiliesAsync(cancellationToken)))
        {
            var key = $"startup:{latest}:{report.Scope}:{report.Key}";
            keys.Add(key);
            await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.BenchmarkReport, RenderDocumentJob.Subject(report), key, cancellationToken);
        }
        await WaitUntilDoneAsync("Rendering benchmark reports", keys.Count,
            done => done.BenchmarkReports.CountAsync(r => keys.Contains(r.RequestKey), cancellationToken), cancellationToken);
        return keys.Count;
    }

    /// <summary>One briefing per sample organisation and dataset version: a restart renders nothing new.</summary>
    private async Task<int> RenderBriefingsAsync(IReadOnlyList<string> codes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EidDbContext>();
        var jobs = scope.ServiceProvider.GetRequiredService<JobRequests>();
        var latest = await db.DatasetVersions.AsNoTracking()
            .Where(d => codes.Contains(d.Organisation!.Code))
            .GroupBy(d => d.Organisation!.Code)
            .Select(g => g.OrderByDescending(d => d.SnapshotDate).ThenByDescending(d => d.Version).Select(d => new { Code = g.Key, d.Id }).First())
            .ToListAsync(cancellationToken);
        var keys = latest.Select(l => $"startup:{l.Id}").ToList();
        foreach (var item in latest)
        {
            await RenderDocumentJob.EnqueueAsync(jobs, DocumentKind.Briefing, item.Code, $"startup:{item.Id}", cancellationToken);
        }
        await WaitUntilDoneAsync("Rendering sample briefings", keys.Count,
            done => done.Briefings.CountAsync(b => keys.Contains(b.RequestKey), cancellationToken), cancellationToken);
        return keys.Count;
    }
}
