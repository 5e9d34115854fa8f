using EidAnalytics.Core.Extracts;
using C = EidAnalytics.Core.Extracts.ExtractColumns;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>A header read against the standard on its own, before any row.</summary>
public sealed class HeaderColumnsTests
{
    private static readonly string[] AllRequired = [.. C.Required];

    [Fact]
    public void Columns_are_found_without_regard_to_case_or_spaces_and_others_are_ignored_in_order()
    {
        var header = new HeaderColumns([.. AllRequired, " Grade ", "Cost centre", "LEVEL_START_DATE", "notes"], []);

        Assert.Empty(header.Problems);
        Assert.Equal(AllRequired.Length, header.At(C.Grade));
        Assert.Equal(AllRequired.Length + 2, header.At(C.LevelStartDate));
        Assert.Equal(-1, header.At(C.HourlyPay));
        Assert.Equal([("Cost centre", AllRequired.Length + 1), ("notes", AllRequired.Length + 3)], header.Ignored);
        Assert.Contains(C.Grade, header.Columns);
    }

    [Fact]
    public void A_column_given_twice_is_reported_with_both_positions_counted_from_one()
    {
        var header = new HeaderColumns([.. AllRequired, "grade", "Grade"], []);

        var problem = Assert.Single(header.Problems);
        Assert.Equal(ProblemKind.DuplicateColumn, problem.Kind);
        Assert.Equal(1, problem.Row);
        // grade is column n + 1 and again n + 2, where n is the number of required columns.
        Assert.Contains($"(columns {AllRequired.Length + 1} and {AllRequired.Length + 2})", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(AllRequired.Length, header.At(C.Grade));
    }

    [Fact]
    public void A_missing_required_column_is_reported_unless_a_profile_has_already_said_so()
    {
        string[] withoutGender = [.. AllRequired.Where(c => c != C.Gender)];

        var missing = Assert.Single(new HeaderColumns(withoutGender, []).Problems);
        Assert.Equal((ProblemKind.MissingColumn, C.Gender), (missing.Kind, missing.Column));

        var profileSaid = new ValidationProblem(1, C.Gender, "", "the profile maps no column to gender") { Kind = ProblemKind.MissingColumn };
        Assert.Empty(new HeaderColumns(withoutGender, [profileSaid]).Problems);
    }

    [Fact]
    public void An_empty_header_is_an_empty_file_and_not_a_list_of_missing_columns() =>
        Assert.Empty(new HeaderColumns([], []).Problems);
}
