using BenchmarkDotNet.Attributes;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Benchmarks.Micro;

/// <summary>Council families of the bench's 400-council reference list: nine k-means fits (k = 4–12) and their Davies–Bouldin indices.</summary>
[MemoryDiagnoser]
public class FamilyBenchmarks
{
    private IReadOnlyList<OrganisationEntry> organisations = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.GetTempFileName();
        BenchExtract.WriteOrganisations(path, 400);
        using (var list = File.OpenRead(path))
        {
            organisations = OrganisationRegister.Parse(list).Entries;
        }
        File.Delete(path);
    }

    [Benchmark(Description = "council families, 400 councils")]
    public int Families() => CouncilFamilies.Of(organisations).Count;
}
