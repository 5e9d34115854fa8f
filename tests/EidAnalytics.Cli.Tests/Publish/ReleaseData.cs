using EidAnalytics.Benchmarks;
using EidAnalytics.Cli.Publish;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Cli.Tests.Publish;

/// <summary>Extracts' release candidates under a fixed test key, and their reference list: what a release is built from.</summary>
internal sealed record ReleaseData(IReadOnlyList<ReleaseCandidate<ReleaseUnit>> Candidates, IReadOnlyList<OrganisationEntry> Organisations)
{
    private static readonly byte[] TestKey = [.. Enumerable.Repeat((byte)42, 32)];

    /// <summary>The 30 sample councils × 5 snapshots of data-samples/.</summary>
    public static ReleaseData Samples()
    {
        var folder = Path.Combine(RepositoryRoot(), "data-samples");
        return Read(Directory.GetFiles(Path.Combine(folder, "extracts")), Path.Combine(folder, "organisations.csv"));
    }

    /// <summary>
    /// The bench's 400 councils × 5 snapshots, as <c>./eid bench</c> uploads them (200,000 rows a snapshot, seeded by
    /// the year; the same generator, written here one file per snapshot).
    /// </summary>
    public static ReleaseData Bench()
    {
        var folder = Directory.CreateTempSubdirectory("eid-bench-release-");
        try
        {
            var organisations = Path.Combine(folder.FullName, "organisations.csv");
            BenchExtract.WriteOrganisations(organisations, 400);
            var files = Enumerable.Range(2021, 5).Select(year =>
            {
                var path = Path.Combine(folder.FullName, $"bench-{year}.csv");
                BenchExtract.Write(path, rows: 200_000, organisations: 400, seed: year, new DateOnly(year, 3, 31));
                return path;
            }).ToList();
            return Read(files, organisations);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    public IReadOnlyList<DateOnly> Snapshots => ReleaseCandidates.Snapshots(Candidates);

    public IReadOnlyList<ReleaseUnit> Units(DateOnly snapshot) => ReleaseCandidates.Latest(Candidates, snapshot);

    public IReadOnlyList<PublishedRelease> Releases(DisclosureOptions options) =>
        [.. Snapshots.Select(s => PublishedRelease.Build(s, Units(s), ReleaseGroups.Fixed(Organisations), options))];

    private static ReleaseData Read(IEnumerable<string> extracts, string organisationsFile)
    {
        var files = extracts.Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToList();
        var (candidates, errors) = PublishCommand.ReadCandidates(files, TestKey);
        Assert.Empty(errors);
        using var list = File.OpenRead(organisationsFile);
        return new ReleaseData(candidates, OrganisationRegister.Parse(list).Entries);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EidAnalytics.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("No EidAnalytics.sln above " + AppContext.BaseDirectory);
    }
}
