using System.Text;
using EidAnalytics.Core.Organisations;

namespace EidAnalytics.Core.Tests.Organisations;

public sealed class OrganisationRegisterTests
{
    private static (IReadOnlyList<OrganisationEntry> Entries, IReadOnlyList<Core.Extracts.ValidationProblem> Problems) Parse(string csv) =>
        OrganisationRegister.Parse(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

    [Fact]
    public void A_list_with_types_regions_and_sizes_is_read_with_the_region_spelt_as_ONS_spells_it()
    {
        var (entries, problems) = Parse("code,name,type,region,it_team_size,workforce_size\nE06999001,Kingsmere Council,unitary,south west,94,5200\nW06999001,Cwm Council,welsh_unitary,Wales,,\n");

        Assert.Empty(problems);
        Assert.Equal(new OrganisationEntry("E06999001", "Kingsmere Council", "unitary", "South West", 94, 5200), entries[0]);
        Assert.Equal(new OrganisationEntry("W06999001", "Cwm Council", "welsh_unitary", "Wales"), entries[1]);
    }

    [Fact]
    public void The_sample_list_in_the_repository_is_valid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "data-samples", "organisations.csv");
        using var file = File.OpenRead(path);

        var (entries, problems) = OrganisationRegister.Parse(file);

        Assert.Empty(problems);
        Assert.Equal(30, entries.Count);
        Assert.All(entries, e => Assert.NotNull(e.ItTeamSize));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_row_and_nothing_is_loaded()
    {
        var (entries, problems) = Parse("code,name,type,region,it_team_size\nX123,Bad,parish,Atlantis,-3\nE06999001,,unitary,London,\nE06999001,Again,unitary,London,\n");

        Assert.Empty(entries);
        Assert.Equal(
            ["2 code", "2 type", "2 region", "2 it_team_size", "3 name", "4 code"],
            problems.Select(p => $"{p.Row} {p.Column}"));
    }

    [Fact]
    public void A_list_without_type_or_region_names_the_missing_columns()
    {
        var (_, problems) = Parse("code,name\nE06999001,Kingsmere\n");

        Assert.Equal(["type", "region"], problems.Select(p => p.Column));
    }
}
