using System.Globalization;
using System.Text;
using EidAnalytics.Core.Extracts;

namespace EidAnalytics.Cli.Samples;

/// <summary>
/// Writes data-samples/messy/: small extracts, cut from the sample councils' 2025 files, with
/// mistakes made on purpose, the mistakes councils' files really have. Each file's problems are
/// listed in messy/README.md and, for tests, in messy/expected-problems.csv. The generator reads each
/// file back and stops if it does not have exactly the problems it was given, so the list is never
/// a guess about what the validator says.
/// </summary>
internal static class MessySamples
{
    private const int Rows = 12;

    /// <summary>A messy file: its name, what is wrong with it in words, and the (row, column, kind) of each problem planted.</summary>
    private sealed record Messy(string Name, string What, (int Row, string Column, ProblemKind Kind)[] Planted, Func<byte[]> Write);

    /// <returns>The files written, by name, and their total size.</returns>
    public static (IReadOnlyList<string> Files, long Bytes) Write(string directory, Func<string, (SampleCouncil Council, SimulatedCouncil Simulated)> councils)
    {
        var folder = Path.Combine(directory, "messy");
        Directory.CreateDirectory(folder);
        var messes = Define(councils);
        var expected = new StringBuilder("file,row,column,value,reason\n");
        var readme = new StringBuilder(Intro);
        long bytes = 0;
        foreach (var messy in messes)
        {
            var path = Path.Combine(folder, messy.Name);
            File.WriteAllBytes(path, messy.Write());
            bytes += new FileInfo(path).Length;
            var parsed = SampleFiles.Parse(path, directory);
            var found = parsed.Problems.Select(p => (p.Row, p.Column, p.Kind)).ToList();
            if (!found.SequenceEqual(messy.Planted) || parsed.ProblemCount != found.Count)
            {
                throw new InvalidOperationException($"{messy.Name} was meant to have the problems {string.Join("; ", messy.Planted)} but has {string.Join("; ", parsed.Problems)}");
            }

            readme.Append(CultureInfo.InvariantCulture, $"\n## {messy.Name}\n\n{messy.What}\n\n| row | column | value | problem |\n| ---: | --- | --- | --- |\n");
            foreach (var problem in parsed.Problems)
            {
                readme.Append(CultureInfo.InvariantCulture, $"| {problem.Row} | {problem.Column} | {Markdown(problem.Value)} | {Markdown(problem.Reason)} |\n");
                expected.Append(CultureInfo.InvariantCulture,
                    $"{messy.Name},{problem.Row},{problem.Column},{ExtractCsvWriter.Field(problem.Value)},{ExtractCsvWriter.Field(problem.Reason)}\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "expected-problems.csv"), expected.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, "README.md"), readme.ToString(), new UTF8Encoding(false));
        bytes += new FileInfo(Path.Combine(folder, "expected-problems.csv")).Length + new FileInfo(Path.Combine(folder, "README.md")).Length;
        return ([.. messes.Select(m => m.Name), "expected-problems.csv", "README.md"], bytes);
    }

    private const string Intro = """
        # Messy sample extracts

        Small extracts with the mistakes real files have, made on purpose, to show (and test) what
        EidAnalytics says about each. Every one is refused as a whole: nothing from a file with a
        problem is loaded. They are cut from the synthetic sample councils' 31 March 2025 files and
        named as the other samples are (`<code>_<date>_<what is wrong>[.<profile>].csv|xlsx`), so each is
        read with the organisation, snapshot date and profile its name gives. `./eid up` does not load
        this folder.

        Below, each file's problems are exactly those the service reports, in its words; row numbers
        are the file's own, the header being row 1, and row 0 is the file as a whole.
        `expected-problems.csv` holds the same list for the tests. `./eid samples` writes this folder
        again, and stops if a file does not have exactly the problems it was given.

        """;

    private static Messy[] Define(Func<string, (SampleCouncil Council, SimulatedCouncil Simulated)> councils)
    {
        var snapshot = SampleGenerator.SnapshotDates[^1];
        string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        return
        [
            new("E06999001_2025-03-31_excel-resave.csv",
                "A file opened in Excel, edited by hand and saved again: a date retyped the UK way, a gender typed as a letter, a pound sign in pay, " +
                "a cell that starts like a formula, and a person copied onto a second row.",
                [(3, "start_date", ProblemKind.BadDate), (5, "gender", ProblemKind.UnknownCode), (6, "hourly_pay", ProblemKind.BadNumber),
                 (8, "grade", ProblemKind.Formula), (9, "employee_ref", ProblemKind.DuplicateRef)],
                () => StandardCsv(Stayers(councils("E06999001").Simulated), (rows, cells) =>
                {
                    cells[1]["start_date"] = rows[1].StartDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                    cells[3]["gender"] = "F";
                    cells[4]["hourly_pay"] = "£" + cells[4]["hourly_pay"];
                    cells[6]["grade"] = "=HYPERLINK(\"http://example.invalid\")";
                    cells[7]["employee_ref"] = cells[0]["employee_ref"];
                })),
            new("E06999004_2025-03-31_leavers.csv",
                "Leavers and levels gone wrong: a leave date after the snapshot, one before the 12 months, a leave reason for someone still employed, " +
                "a start date after the leave date, a level 7 and a full-time equivalent of 0.",
                [(3, "leave_date", ProblemKind.DateAfterSnapshot), (4, "leave_date", ProblemKind.LeaveOutsidePeriod),
                 (5, "leave_reason", ProblemKind.LeaveReasonWithoutLeave), (6, "start_date", ProblemKind.DateOrder),
                 (7, "level", ProblemKind.BadLevel), (8, "fte", ProblemKind.BadNumber)],
                () => StandardCsv(Stayers(councils("E06999004").Simulated), (_, cells) =>
                {
                    foreach (var i in (int[])[1, 2, 4])
                    {
                        (cells[i]["start_date"], cells[i]["level_start_date"], cells[i]["last_promotion_date"], cells[i]["leave_reason"]) = ("2015-01-05", "", "", "voluntary");
                    }

                    cells[1]["leave_date"] = Iso(snapshot.AddDays(2));
                    cells[2]["leave_date"] = Iso(snapshot.AddYears(-1));
                    cells[3]["leave_reason"] = "voluntary";
                    (cells[4]["start_date"], cells[4]["leave_date"]) = ("2024-12-01", "2024-06-01");
                    cells[5]["level"] = "7";
                    cells[6]["fte"] = "0";
                })),
            new("E06999003_2025-03-31_unknown-codes.itrent.csv",
                "An iTrent report read with the council's iTrent profile, with values the profile does not know: a misspelt sex, an ethnic group that " +
                "is not one of the census's 19, a grade with no level, 31 February, a date of birth that makes someone 125, and a disability answer of 'Maybe'.",
                [(3, "gender", ProblemKind.UnknownCode), (4, "ethnicity", ProblemKind.UnknownCode), (5, "level", ProblemKind.UnknownGrade),
                 (6, "start_date", ProblemKind.BadDate), (7, "age_band", ProblemKind.BadDate), (8, "disability", ProblemKind.UnknownCode)],
                () =>
                {
                    var (council, simulated) = councils("E06999003");
                    var profile = SampleLayouts.Profile(SampleLayout.ITrent, council, simulated.Grades)!;
                    using var buffer = new MemoryStream();
                    SampleLayouts.Write(buffer, profile, StayerRows(simulated), xlsx: false, seed: 1, spoil: new Dictionary<(int, string), string>
                    {
                        [(3, "Sex")] = "Femal",
                        [(4, "Ethnic Origin")] = "White - Cornish",
                        [(5, "Grade")] = "Band Z",
                        [(6, "Continuous Service Date")] = "31/02/2019",
                        [(7, "Date of Birth")] = "01/01/1900",
                        [(8, "Disabled")] = "Maybe",
                    });
                    return buffer.ToArray();
                }),
            new("E06999006_2025-03-31_windows-1252.csv",
                "A file saved as Excel's plain 'CSV (comma delimited)', which is Windows-1252, not UTF-8: an accented grade becomes a byte that is not UTF-8.",
                [(4, "grade", ProblemKind.NotUtf8)],
                () =>
                {
                    var text = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(StandardCsv(Stayers(councils("E06999006").Simulated), (_, cells) => cells[2]["grade"] = "GRADE-E-ACUTE")));
                    var marker = Encoding.UTF8.GetBytes("GRADE-E-ACUTE");
                    var at = text.AsSpan().IndexOf(marker);
                    // "Grade" with é as Windows-1252 writes it: the single byte 0xE9.
                    return [.. text[..at], .. "Gr"u8.ToArray(), 0xE9, .. "de"u8.ToArray(), .. text[(at + marker.Length)..]];
                }),
            new("E08999004_2025-03-31_missing-gender.xlsx",
                "A workbook of the standard's columns with the gender column deleted and one person's reference cleared.",
                [(1, "gender", ProblemKind.MissingColumn), (4, "employee_ref", ProblemKind.Blank)],
                () =>
                {
                    var rows = Stayers(councils("E08999004").Simulated);
                    var columns = ExtractColumns.All.Where(c => c != ExtractColumns.Gender).ToList();
                    using var buffer = new MemoryStream();
                    XlsxWriter.Write(buffer, "Extract", columns, rows.Select((r, i) => (IReadOnlyList<XlsxCell>)columns
                        .Select(c => XlsxCell.Of(i == 2 && c == ExtractColumns.EmployeeRef ? "" : ExtractCsvWriter.ValueOf(r, c))).ToList()));
                    return buffer.ToArray();
                }),
            new("E09999001_2025-03-31_zip-bomb.xlsx",
                "A zip bomb: a 300 KB workbook whose shared text unpacks to 256 MB. It is refused from the zip directory, before anything is unpacked.",
                [(0, "", ProblemKind.Unsafe)],
                () => HostileXlsx.ZipBomb(256L * 1024 * 1024)),
            new("E09999001_2025-03-31_doctype.xlsx",
                "A workbook whose sheet declares entities that would read /etc/passwd and fetch a URL (an XXE attack). It is refused unread; nothing is fetched.",
                [(0, "", ProblemKind.Unsafe)],
                HostileXlsx.Doctype),
        ];
    }

    /// <summary>The first rows of a council's 2025 file who are still employed, so that planted leave dates are the only ones.</summary>
    private static List<EmployeeRecord> Stayers(SimulatedCouncil council) => [.. StayerRows(council).Select(r => r.Record)];

    private static List<SampleRow> StayerRows(SimulatedCouncil council) => [.. council.Snapshots[^1].Where(r => r.Record.LeaveDate is null).Take(Rows)];

    /// <summary>Rows as a v1 CSV file, after <paramref name="spoil"/> has changed some cells (the first data row is index 0, row 2 of the file).</summary>
    private static byte[] StandardCsv(List<EmployeeRecord> rows, Action<List<EmployeeRecord>, List<Dictionary<string, string>>> spoil)
    {
        var cells = rows.Select(r => ExtractColumns.All.ToDictionary(c => c, c => ExtractCsvWriter.ValueOf(r, c))).ToList();
        spoil(rows, cells);
        var text = new StringBuilder(string.Join(',', ExtractColumns.All)).Append('\n');
        foreach (var row in cells)
        {
            text.Append(string.Join(',', ExtractColumns.All.Select(c => ExtractCsvWriter.Field(row[c])))).Append('\n');
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string Markdown(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
