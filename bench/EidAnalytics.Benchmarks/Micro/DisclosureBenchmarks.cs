using BenchmarkDotNet.Attributes;
using EidAnalytics.Core.Disclosure;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Organisations;
using EidAnalytics.Core.Pseudonymisation;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>
/// The disclosure control's two costs: what an upload adds for each row (its record key and its place in the base
/// cells, next to the pseudonym the upload computes anyway), and what the release refresh does for one snapshot of
/// 400 councils (every council's and every fixed group's published figures from the stored cells).
/// </summary>
[MemoryDiagnoser]
public class DisclosureBenchmarks
{
    private const int Councils = 400;
    private static readonly byte[] Key = Enumerable.Range(0, 32).Select(i => (byte)(i * 7)).ToArray();

    private List<EmployeeRecord> organisation = null!;
    private byte[][] pseudonyms = null!;
    private List<ReleaseUnit> units = null!;
    private IReadOnlyList<ReleaseGroup> groups = null!;

    [GlobalSetup]
    public void Setup()
    {
        organisation = MicroExtract.Parse(MicroExtract.Bytes(rows: 2_500, organisations: 1)).Records.ToList();
        using (var pseudonymiser = new OrganisationPseudonyms(Key, organisation[0].OrganisationCode))
        {
            pseudonyms = organisation.Select(r => pseudonymiser.Pseudonymise(r.EmployeeRef).ToArray()).ToArray();
        }

        // One snapshot of the bench's API data: 200,000 rows over 400 councils.
        var snapshot = MicroExtract.Parse(MicroExtract.Bytes(rows: 200_000, organisations: Councils));
        using var recordKeys = new RecordKeys(Key);
        units = snapshot.Records.GroupBy(r => r.OrganisationCode).Select(council =>
        {
            var cells = new DisclosureCells();
            using var councilPseudonyms = new OrganisationPseudonyms(Key, council.Key);
            foreach (var record in council)
            {
                cells.Add(record, recordKeys.Of(councilPseudonyms.Pseudonymise(record.EmployeeRef).Span));
            }
            return new ReleaseUnit(council.Key, BenchExtract.Snapshot, cells);
        }).ToList();
        groups = ReleaseGroups.Fixed(Enumerable.Range(0, Councils).Select(o => new OrganisationEntry(
            BenchExtract.Code(o), $"Bench Council {o + 1}", OrganisationTypes.All[o % OrganisationTypes.All.Count].Code,
            Regions.All[o % Regions.All.Count])).ToList());
    }

    [Benchmark(Description = "disclosure cells at ingest, one organisation (2,500 rows)")]
    public int CellsAtIngest()
    {
        // An upload makes its record keys' HMAC once, as here.
        using var recordKeys = new RecordKeys(Key);
        var cells = new DisclosureCells();
        for (var i = 0; i < organisation.Count; i++)
        {
            cells.Add(organisation[i], recordKeys.Of(pseudonyms[i]));
        }
        return cells.StoredCounts().Length;
    }

    [Benchmark(Description = "release of one snapshot, 400 councils and their groups")]
    public int ReleaseOfSnapshot() =>
        PublishedRelease.Build(BenchExtract.Snapshot, units, groups, new DisclosureOptions()).Organisations.Count;
}
