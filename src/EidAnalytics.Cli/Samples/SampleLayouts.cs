using System.Globalization;
using EidAnalytics.Core.Extracts;
using EidAnalytics.Core.Extracts.Mapping;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// Writes a council's rows in the layout it sends, and the mapping profile that reads that layout
/// back. An HR system's layout is written from its built-in profile, turned round: the profile's
/// column names as the header, its codes (or the common ones) for our codes, its date format, a
/// date of birth for the age band, and grades without levels, so that the profile, with the
/// council's grade levels added, reads the file back into exactly the rows it was written from.
/// </summary>
public static class SampleLayouts
{
    /// <summary>A column HR reports carry that no profile reads, so that samples show ignored columns too.</summary>
    public const string CostCentre = "Cost Centre";

    /// <summary>The profile a council's extracts in <paramref name="layout"/> are read with, with its grade levels; null for the standard.</summary>
    public static MappingProfile? Profile(SampleLayout layout, SampleCouncil council, IReadOnlyList<string> grades)
    {
        var builtIn = layout switch
        {
            SampleLayout.ITrent => BuiltInProfiles.Find("itrent"),
            SampleLayout.OracleHcm => BuiltInProfiles.Find("oracle-hcm"),
            SampleLayout.SuccessFactors => BuiltInProfiles.Find("successfactors"),
            _ => null,
        };
        return builtIn is null ? null : WithGrades(builtIn, council, grades);
    }

    /// <summary>A built-in profile with a council's grade levels: what the mapping wizard would save for it.</summary>
    public static MappingProfile WithGrades(MappingProfile builtIn, SampleCouncil council, IReadOnlyList<string> grades) => builtIn with
    {
        Title = $"{builtIn.Title}, {council.Name}",
        Description = $"{builtIn.Title} as {council.Name} exports it, with its grades' levels.",
        GradeLevels = [.. grades.Select((grade, i) => new GradeLevel(grade, i + 1))],
    };

    /// <summary>
    /// The IT team's own spreadsheet that the councils sending whole-council HR extracts also keep:
    /// a title above the header, the team rather than a job family, levels, dates written as text.
    /// </summary>
    public static MappingProfile ItTeamProfile(SampleCouncil council) => new()
    {
        Name = "it-team",
        Title = $"{council.Name} IT team spreadsheet",
        Description = "The IT service's own staff list: one row per person in the IT function, levels rather than grades, dates typed as text.",
        DateFormat = "dd/MM/yyyy",
        Columns = new Dictionary<string, ColumnSource>
        {
            [ExtractColumns.EmployeeRef] = ColumnSource.FromHeader("Staff number"),
            [ExtractColumns.JobFamily] = ColumnSource.FromHeader("Team"),
            [ExtractColumns.Level] = ColumnSource.FromHeader("Level"),
            [ExtractColumns.Fte] = ColumnSource.FromHeader("FTE"),
            [ExtractColumns.StartDate] = ColumnSource.FromHeader("Joined"),
            [ExtractColumns.LevelStartDate] = ColumnSource.FromHeader("In role since"),
            [ExtractColumns.LastPromotionDate] = ColumnSource.FromHeader("Last promoted"),
            [ExtractColumns.LeaveDate] = ColumnSource.FromHeader("Left"),
            [ExtractColumns.LeaveReason] = ColumnSource.FromHeader("Reason for leaving"),
            [ExtractColumns.Gender] = ColumnSource.FromHeader("Gender"),
            [ExtractColumns.HourlyPay] = ColumnSource.FromHeader("Hourly rate"),
        },
        Codes = new Dictionary<string, IReadOnlyList<CodeMapping>>
        {
            [ExtractColumns.JobFamily] = [new("Infrastructure", "it"), new("Digital", "digital"), new("Data", "data")],
            [ExtractColumns.Gender] = [new("Woman", "female"), new("Man", "male"), new("Non-binary", "other"), new("Prefer not to say", "undisclosed")],
            [ExtractColumns.LeaveReason] = [new("Resigned", "voluntary"), new("Dismissed", "involuntary"), new("Retired", "retirement"), new("Contract ended", "end_of_contract"), new("Other", "other")],
        },
    };

    /// <summary>Writes rows as v1 columns in an XLSX sheet, dates stored as dates and numbers as numbers.</summary>
    public static void WriteStandardXlsx(Stream output, IReadOnlyList<SampleRow> rows) =>
        XlsxWriter.Write(output, "Extract", ExtractColumns.All, rows.Select(row => (IReadOnlyList<XlsxCell>)ExtractColumns.All.Select(column => column switch
        {
            ExtractColumns.SnapshotDate => XlsxCell.Of(row.Record.SnapshotDate),
            ExtractColumns.StartDate => XlsxCell.Of(row.Record.StartDate),
            ExtractColumns.LevelStartDate => XlsxCell.Of(row.Record.LevelStartDate),
            ExtractColumns.LastPromotionDate => XlsxCell.Of(row.Record.LastPromotionDate),
            ExtractColumns.LeaveDate => XlsxCell.Of(row.Record.LeaveDate),
            ExtractColumns.Level => XlsxCell.Of(row.Record.Level),
            ExtractColumns.Fte => XlsxCell.Of(row.Record.Fte),
            ExtractColumns.HourlyPay => XlsxCell.Of(row.Record.HourlyPay),
            ExtractColumns.BonusPay => XlsxCell.Of(row.Record.BonusPay),
            _ => XlsxCell.Of(ExtractCsvWriter.ValueOf(row.Record, column)),
        }).ToList()));

    /// <summary>
    /// Writes rows in a profile's layout: as CSV with dates in its format, or as XLSX with dates stored
    /// as dates. <paramref name="seed"/> picks among the file's codes that mean the same v1 code (the
    /// 19 detailed ethnic groups, the departments that are all "other"), so the same seed gives the same file.
    /// <paramref name="spoil"/> replaces cells by (row of the file, column name), for the messy samples.
    /// </summary>
    public static void Write(Stream output, MappingProfile profile, IReadOnlyList<SampleRow> rows, bool xlsx, int seed, string? title = null,
        IReadOnlyDictionary<(int Row, string Column), string>? spoil = null)
    {
        var random = new Random(seed);
        var reverse = ReverseCodes(profile);
        var columns = ExtractColumns.All.Where(c => profile.Columns.GetValueOrDefault(c)?.Header is not null).ToList();
        var header = columns.Select(c => profile.Columns[c].Header!).ToList();
        if (profile.DateOfBirth is { } birthHeader)
        {
            header.Add(birthHeader);
        }

        var costCentre = profile.Name != "it-team";
        if (costCentre)
        {
            header.Add(CostCentre);
        }

        var cells = rows.Select((row, index) =>
        {
            var line = columns.Select(column => Cell(row.Record, column, profile, reverse, random, xlsx)).ToList();
            if (profile.DateOfBirth is not null)
            {
                line.Add(DateCell(row.BirthDate, profile, xlsx));
            }

            if (costCentre)
            {
                line.Add(XlsxCell.Of(string.Create(CultureInfo.InvariantCulture, $"CC{1000 + (row.Record.Level * 100) + random.Next(40)}")));
            }

            foreach (var ((spoiltRow, column), text) in spoil ?? new Dictionary<(int, string), string>())
            {
                if (spoiltRow == index + 2)
                {
                    line[header.IndexOf(column)] = XlsxCell.Of(text);
                }
            }

            return (IReadOnlyList<XlsxCell>)line;
        }).ToList();

        if (xlsx)
        {
            XlsxWriter.Write(output, "Report", header, cells, title);
            return;
        }

        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header.Select(ExtractCsvWriter.Field)));
        foreach (var line in cells)
        {
            writer.WriteLine(string.Join(',', line.Select(c => ExtractCsvWriter.Field(c.Text ?? ""))));
        }
    }

    private static XlsxCell Cell(EmployeeRecord record, string column, MappingProfile profile, Dictionary<(string, string), string[]> reverse, Random random, bool xlsx)
    {
        var value = ExtractCsvWriter.ValueOf(record, column);
        if (value.Length == 0)
        {
            return XlsxCell.Of("");
        }

        if (reverse.TryGetValue((column, value), out var choices))
        {
            return XlsxCell.Of(choices.Length == 1 ? choices[0] : choices[random.Next(choices.Length)]);
        }

        return column switch
        {
            ExtractColumns.SnapshotDate => DateCell(record.SnapshotDate, profile, xlsx),
            ExtractColumns.StartDate => DateCell(record.StartDate, profile, xlsx),
            ExtractColumns.LevelStartDate => DateCell(record.LevelStartDate, profile, xlsx),
            ExtractColumns.LastPromotionDate => DateCell(record.LastPromotionDate, profile, xlsx),
            ExtractColumns.LeaveDate => DateCell(record.LeaveDate, profile, xlsx),
            ExtractColumns.Level or ExtractColumns.Fte or ExtractColumns.HourlyPay or ExtractColumns.BonusPay when xlsx
                => XlsxCell.Of(double.Parse(value, CultureInfo.InvariantCulture)),
            _ => XlsxCell.Of(value),
        };
    }

    private static XlsxCell DateCell(DateOnly? date, MappingProfile profile, bool xlsx) => xlsx
        ? XlsxCell.Of(date)
        : XlsxCell.Of(date?.ToString(profile.DateFormat ?? "yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>
    /// For each coded column and v1 code, the file's codes for it, to pick among: the 19 detailed
    /// ethnic groups of the common codes, and the departments that are all "other"; otherwise the
    /// profile's own first code for it. A v1 code with neither is written as it is, which every profile reads.
    /// </summary>
    private static Dictionary<(string, string), string[]> ReverseCodes(MappingProfile profile)
    {
        var reverse = new Dictionary<(string, string), string[]>();
        foreach (var (column, codes) in MappingProfileJson.CodedColumns)
        {
            foreach (var code in codes)
            {
                var common = (BuiltInProfiles.Common.Codes.GetValueOrDefault(column) ?? []).Where(m => m.To == code).Select(m => m.From).ToArray();
                var own = (profile.Codes.GetValueOrDefault(column) ?? []).FirstOrDefault(m => m.To == code);
                if ((column == ExtractColumns.Ethnicity && code != "undisclosed") || (column == ExtractColumns.JobFamily && code == "other"))
                {
                    reverse[(column, code)] = common;
                }
                else if (own is not null)
                {
                    reverse[(column, code)] = [own.From];
                }
            }
        }

        return reverse;
    }
}
