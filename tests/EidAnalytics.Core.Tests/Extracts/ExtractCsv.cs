using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Core.Tests.Extracts;

/// <summary>Builds small CSV extracts for tests: every column of the standard, one valid person a row unless a test changes a cell.</summary>
internal static class ExtractCsv
{
    public static readonly string Header = string.Join(',', ExtractColumns.All);

    private static readonly Dictionary<string, string> ValidRow = new()
    {
        [ExtractColumns.OrganisationCode] = "E09000030",
        [ExtractColumns.SnapshotDate] = "2025-03-31",
        [ExtractColumns.EmployeeRef] = "EMP001",
        [ExtractColumns.JobFamily] = "it",
        [ExtractColumns.Level] = "3",
        [ExtractColumns.Grade] = "SCP25",
        [ExtractColumns.Fte] = "1",
        [ExtractColumns.StartDate] = "2020-01-06",
        [ExtractColumns.LevelStartDate] = "2022-04-01",
        [ExtractColumns.LastPromotionDate] = "2022-04-01",
        [ExtractColumns.LeaveDate] = "",
        [ExtractColumns.LeaveReason] = "",
        [ExtractColumns.Gender] = "female",
        [ExtractColumns.Ethnicity] = "white",
        [ExtractColumns.Disability] = "no",
        [ExtractColumns.AgeBand] = "35-44",
        [ExtractColumns.WorkingPattern] = "full_time",
        [ExtractColumns.HourlyPay] = "23.45",
        [ExtractColumns.BonusPay] = "0",
    };

    /// <summary>A valid row with the given cells changed, in the standard's column order.</summary>
    public static string Row(params (string Column, string Value)[] changes)
    {
        var cells = new Dictionary<string, string>(ValidRow);
        foreach (var (column, value) in changes)
        {
            Assert.True(cells.ContainsKey(column), $"{column} is a column of the standard");
            cells[column] = value;
        }

        return string.Join(',', ExtractColumns.All.Select(c => cells[c]));
    }

    /// <summary>A file of the standard header and the given rows.</summary>
    public static string File(params string[] rows) => string.Join('\n', [Header, .. rows]) + "\n";

    public static ParsedExtract Parse(string csv, ExtractReadOptions? options = null) =>
        Parse(Encoding.UTF8.GetBytes(csv), options);

    public static ParsedExtract Parse(byte[] csv, ExtractReadOptions? options = null)
    {
        using var stream = new MemoryStream(csv);
        return ExtractParser.ParseCsv(stream, options ?? new ExtractReadOptions { Today = TestDates.Today });
    }

    /// <summary>The one problem of a rejected file.</summary>
    public static ValidationProblem SingleProblem(ParsedExtract result)
    {
        Assert.Empty(result.Records);
        Assert.False(result.IsValid);
        Assert.Equal(1, result.ProblemCount);
        return Assert.Single(result.Problems);
    }

    /// <summary>Asserts that the file was accepted and returns its records.</summary>
    public static IReadOnlyList<EmployeeRecord> Records(ParsedExtract result)
    {
        Assert.True(result.IsValid, string.Join("\n", result.Problems));
        return result.Records;
    }
}
