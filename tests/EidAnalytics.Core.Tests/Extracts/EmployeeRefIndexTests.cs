using System.Globalization;
using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Extracts;

public sealed class EmployeeRefIndexTests
{
    [Fact]
    public void A_reference_seen_again_in_its_organisation_gives_the_row_it_was_first_on_however_many_organisations_number_staff_alike()
    {
        var index = new EmployeeRefIndex();
        var organisations = Enumerable.Range(0, 50).Select(o => string.Create(CultureInfo.InvariantCulture, $"E090000{o:D2}")).ToList();

        for (var o = 0; o < organisations.Count; o++)
        {
            for (var r = 0; r < 1000; r++)
            {
                Assert.True(index.TryAdd(organisations[o], Ref(r), Row(o, r), out _));
            }
        }

        for (var o = 0; o < organisations.Count; o++)
        {
            for (var r = 0; r < 1000; r += 37)
            {
                Assert.False(index.TryAdd(organisations[o], Ref(r), 99_999_999, out var firstRow));
                Assert.Equal(Row(o, r), firstRow);
            }
        }
    }

    [Fact]
    public void References_that_only_start_alike_are_different_references()
    {
        var index = new EmployeeRefIndex();

        Assert.True(index.TryAdd("E09000030", "R1"u8, 2, out _));
        Assert.True(index.TryAdd("E09000030", "R10"u8, 3, out _));
        Assert.True(index.TryAdd("E09000030", "R"u8, 4, out _));
        Assert.False(index.TryAdd("E09000030", "R10"u8, 5, out var firstRow));
        Assert.Equal(3, firstRow);
    }

    [Fact]
    public void Two_indexes_share_a_reference_only_when_the_same_organisation_has_it_in_both()
    {
        var earlier = new EmployeeRefIndex();
        var later = new EmployeeRefIndex();
        earlier.TryAdd("E09000030", "R1"u8, 2, out _);
        later.TryAdd("E09000031", "R1"u8, 2, out _);
        later.TryAdd("E09000030", "R2"u8, 3, out _);

        Assert.False(earlier.SharesAnyWith(later));

        later.TryAdd("E09000030", "R1"u8, 4, out _);

        Assert.True(earlier.SharesAnyWith(later));
    }

    private static byte[] Ref(int r) => Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"R{r:D7}"));

    private static int Row(int organisation, int r) => 2 + (organisation * 1000) + r;
}
