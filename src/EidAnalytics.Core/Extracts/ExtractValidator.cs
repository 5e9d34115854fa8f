using System.Globalization;
using System.Text;
using System.Text.Unicode;
using static EidAnalytics.Core.Extracts.Utf8Cells;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// Turns a header and rows of text into <see cref="EmployeeRecord"/>s by the v1 extract standard
/// (DESIGN §5, docs/extract-standard.md), or into every problem found, each with its row, column,
/// value and reason. A file with any problem yields no records. It does not care where the text came
/// from: a CSV file, an XLSX sheet or a mapping profile's translation of either.
/// </summary>
/// <remarks>
/// It runs once per row of files of a million rows, so the row path avoids regular expressions,
/// LINQ, per-row dictionaries and strings it does not keep: it parses cells from their UTF-8 bytes
/// and turns into strings only the values a record keeps, one string for each repeated value.
/// </remarks>
public sealed class ExtractValidator
{
    private readonly ExtractReadOptions _options;
    private readonly IReadOnlyList<string> _header;
    private readonly List<ValidationProblem> _problems = [];
    private readonly IValidRows _validRows;
    private readonly HeaderColumns _headerColumns;
    private readonly ProblemGroups _groups = new();

    // Field index of each standard column in the header, -1 when the header lacks it.
    private readonly int _org, _snapshotAt, _ref, _family, _level, _grade, _fte, _start, _levelStart,
        _promotion, _leave, _leaveReason, _gender, _ethnicity, _disability, _ageBand, _pattern, _hourlyPay, _bonusPay;

    private readonly CodeColumn<JobFamily> _families = new(Codes.JobFamily, ExtractColumns.JobFamily);
    private readonly CodeColumn<Gender> _genders = new(Codes.Gender, ExtractColumns.Gender);
    private readonly CodeColumn<Ethnicity> _ethnicities = new(Codes.Ethnicity, ExtractColumns.Ethnicity);
    private readonly CodeColumn<Disability> _disabilities = new(Codes.Disability, ExtractColumns.Disability);
    private readonly CodeColumn<AgeBand> _ageBands = new(Codes.AgeBand, ExtractColumns.AgeBand);
    private readonly CodeColumn<WorkingPattern> _patterns = new(Codes.WorkingPattern, ExtractColumns.WorkingPattern);
    private readonly CodeColumn<LeaveReason> _leaveReasons = new(Codes.LeaveReason, ExtractColumns.LeaveReason);

    // employee_ref -> the row it was first seen on, per organisation code.
    private readonly EmployeeRefIndex _refs = new();

    private int _problemCount;
    private int _rowCount;

    // Codes of other organisations named in a file that is not for the one it was uploaded for.
    private const int MaxOtherOrgCodes = 5;

    // ExtractReadOptions.PreviewRows, or -1 to read every row.
    private readonly int _previewRows;

    // The last organisation code that passed, as read and as kept.
    private byte[]? _lastOrgText;
    private string? _lastOrg;

    // Rows whose organisation_code is not ExpectedOrganisationCode, held back until the end: if no row
    // has that code the file is another organisation's, one problem for the file instead of one a row.
    private readonly List<ValidationProblem> _otherOrgProblems = [];
    private readonly HashSet<string> _otherOrgCodes = new(StringComparer.Ordinal);
    private int _otherOrgRows;

    // The file's snapshot date: that of the first row with a valid one.
    private DateOnly? _snapshot;
    private byte[]? _snapshotText;
    private int _snapshotRow;

    // Rows of job_family other in a file given as an IT team's (ExtractReadOptions.ItTeamOnly), and the first.
    private int _otherFamilyRows;
    private int _firstOtherFamilyRow;

    // Today in the UK, the latest snapshot accepted; and a refused snapshot's text, reported once.
    private readonly DateOnly _today;
    private byte[]? _refusedSnapshotText;

    /// <summary>A validator of rows under <paramref name="header"/>, which puts the rows it finds valid into <paramref name="validRows"/>.</summary>
    /// <param name="header">The header row's cells, as v1 column names; empty for an empty file.</param>
    /// <param name="options">Limits, and the organisation every row must belong to, if any.</param>
    /// <param name="headerProblems">Problems a translation (a mapping profile) found in the header, as for <see cref="Validate(IReadOnlyList{string}, IEnumerable{ExtractRow}, ExtractReadOptions, IReadOnlyList{ValidationProblem})"/>.</param>
    /// <param name="validRows">Given every valid row while nothing in the file is wrong.</param>
    internal ExtractValidator(IReadOnlyList<string> header, ExtractReadOptions options, IReadOnlyList<ValidationProblem> headerProblems, IValidRows validRows)
    {
        _header = header;
        _options = options;
        _validRows = validRows;
        _previewRows = options.PreviewRows ?? -1;
        _today = options.Today;
        _headerColumns = new HeaderColumns(header, headerProblems);
        foreach (var problem in headerProblems.Concat(_headerColumns.Problems))
        {
            Report(problem);
        }

        int At(string column) => _headerColumns.At(column);
        (_org, _snapshotAt, _ref, _family, _level, _grade, _fte) = (At(ExtractColumns.OrganisationCode), At(ExtractColumns.SnapshotDate),
            At(ExtractColumns.EmployeeRef), At(ExtractColumns.JobFamily), At(ExtractColumns.Level), At(ExtractColumns.Grade), At(ExtractColumns.Fte));
        (_start, _levelStart, _promotion, _leave, _leaveReason) = (At(ExtractColumns.StartDate), At(ExtractColumns.LevelStartDate),
            At(ExtractColumns.LastPromotionDate), At(ExtractColumns.LeaveDate), At(ExtractColumns.LeaveReason));
        (_gender, _ethnicity, _disability, _ageBand, _pattern, _hourlyPay, _bonusPay) = (At(ExtractColumns.Gender), At(ExtractColumns.Ethnicity),
            At(ExtractColumns.Disability), At(ExtractColumns.AgeBand), At(ExtractColumns.WorkingPattern), At(ExtractColumns.HourlyPay), At(ExtractColumns.BonusPay));
    }

    /// <summary>Validates a whole extract.</summary>
    /// <param name="header">The header row's cells; empty for an empty file.</param>
    /// <param name="rows">
    /// The data rows in file order; each may be the same instance refilled. Reading stops at
    /// <see cref="ExtractReadOptions.MaxRows"/>.
    /// </param>
    /// <param name="options">Limits, and the organisation every row must belong to, if any.</param>
    public static ParsedExtract Validate(IReadOnlyList<string> header, IEnumerable<ExtractRow> rows, ExtractReadOptions options) =>
        Validate(header, rows, options, []);

    /// <summary>Validates a whole extract after a translation (a mapping profile) that found problems of its own in the header.</summary>
    /// <param name="header">The header row's cells, as v1 column names.</param>
    /// <param name="rows">The data rows, as for <see cref="Validate(IReadOnlyList{string}, IEnumerable{ExtractRow}, ExtractReadOptions)"/>.</param>
    /// <param name="options">Limits, and the organisation every row must belong to, if any.</param>
    /// <param name="headerProblems">
    /// Reported first. A <see cref="ProblemKind.MissingColumn"/> among them stands in for the validator's
    /// own report of that missing column, so a column is not reported missing twice in different words.
    /// </param>
    public static ParsedExtract Validate(
        IReadOnlyList<string> header, IEnumerable<ExtractRow> rows, ExtractReadOptions options, IReadOnlyList<ValidationProblem> headerProblems)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(headerProblems);

        var report = new ExtractValidator(header, options, headerProblems, EmployeeRecords.Kept(out var records)).Run(rows, CancellationToken.None);
        return report.IsValid ? report.With(records: records.Records) : report;
    }

    /// <summary>The employee_refs of the valid rows so far, per organisation.</summary>
    internal EmployeeRefIndex EmployeeRefs => _refs;

    /// <summary>
    /// Validates the rows, giving the valid ones to the validator's <see cref="IValidRows"/>; the outcome has
    /// the problems and no records. Stops early, with an outcome of no use, once <paramref name="stop"/> is set.
    /// </summary>
    internal ParsedExtract Run(IEnumerable<ExtractRow> rows, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var enumerator = rows.GetEnumerator();
        var readToEnd = false;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    readToEnd = true;
                    break;
                }
            }
            catch (ExtractReadException e)
            {
                Report(e.Problem);
                break;
            }

            if (!Add(enumerator.Current))
            {
                break;
            }
        }

        return Complete(readToEnd);
    }

    internal static string FieldCountMismatch(int fields, int columns) => string.Create(CultureInfo.InvariantCulture,
        $"the row has {fields} values but the header has {columns} columns; a value with a comma in it must be in quotes");

    /// <summary>The outcome for a file rejected as a whole for one problem (it could not be read as far as its header, say).</summary>
    public static ParsedExtract Rejected(ValidationProblem problem)
    {
        var groups = new ProblemGroups();
        groups.Add(problem);
        return new()
        {
            Records = [],
            Problems = [problem],
            ProblemCount = 1,
            ProblemGroups = groups.ToList(),
            Columns = new HashSet<string>(),
            IgnoredColumns = [],
        };
    }

    /// <summary>Validates one row; false when reading should stop.</summary>
    private bool Add(ExtractRow row)
    {
        if (IsBlank(row.Text) && row.ReadProblem is null)
        {
            // A row of empty cells (a spreadsheet's formatted but unused rows) is no one.
            return true;
        }

        if (_rowCount == _previewRows)
        {
            return false;
        }

        _rowCount++;
        if (_rowCount > _options.MaxRows)
        {
            Report(ProblemKind.TooManyRows, 0, "", "", string.Create(CultureInfo.InvariantCulture,
                $"the file has more than {_options.MaxRows:N0} data rows, the most accepted; split it into smaller files"));
            return false;
        }

        if (row.ReadProblem is { } readProblem)
        {
            Report(row.ReadProblemKind, row.Number, "", "", readProblem);
        }
        else if (row.FieldCount != _header.Count)
        {
            Report(ProblemKind.WrongFieldCount, row.Number, "", "", FieldCountMismatch(row.FieldCount, _header.Count));
        }
        else
        {
            Check(row);
        }

        return true;
    }

    private void Check(ExtractRow row)
    {
        var n = row.Number;
        if (row.HasCellProblems)
        {
            foreach (var problem in row.CellProblems)
            {
                Report(problem.Kind, n, _header[problem.Field], problem.Value, problem.Reason);
            }
        }

        var isUtf8 = Utf8.IsValid(row.Text);
        if (!isUtf8)
        {
            foreach (var (name, at) in _headerColumns.Ignored)
            {
                if (!Utf8.IsValid(row[at]))
                {
                    Report(ProblemKind.NotUtf8, n, name, Decode(row[at]), NotUtf8(name));
                }
            }
        }

        var org = Organisation(row, isUtf8);
        var snapshot = Snapshot(row);
        var hasRef = TryText(row, _ref, ExtractColumns.EmployeeRef, required: true, isUtf8, out var employeeRef);
        var family = _families.Read(this, row, _family, required: true);
        var level = Level(row);
        TryText(row, _grade, ExtractColumns.Grade, required: false, isUtf8, out var grade);
        var fte = Fte(row);
        var start = Date(row, _start, ExtractColumns.StartDate, required: true);
        var levelStart = Date(row, _levelStart, ExtractColumns.LevelStartDate, required: false);
        var promotion = Date(row, _promotion, ExtractColumns.LastPromotionDate, required: false);
        var leave = Date(row, _leave, ExtractColumns.LeaveDate, required: false);
        var leaveReason = _leaveReasons.Read(this, row, _leaveReason, required: false);
        var gender = _genders.Read(this, row, _gender, required: true);
        var ethnicity = _ethnicities.Read(this, row, _ethnicity, required: false);
        var disability = _disabilities.Read(this, row, _disability, required: false);
        var ageBand = _ageBands.Read(this, row, _ageBand, required: false);
        var pattern = _patterns.Read(this, row, _pattern, required: false);
        var hourlyPay = Pay(row, _hourlyPay, ExtractColumns.HourlyPay);
        var bonusPay = Pay(row, _bonusPay, ExtractColumns.BonusPay);

        if (family == JobFamily.Other && _options.ItTeamOnly && _otherFamilyRows++ == 0)
        {
            _firstOtherFamilyRow = n;
        }

        CheckDates(n, start, levelStart, promotion, leave);
        if (leaveReason is not null && (_leave < 0 || (IsBlank(row[_leave]) && !row.HasCellProblem(_leave))))
        {
            var text = Decode(row[_leaveReason]);
            Report(ProblemKind.LeaveReasonWithoutLeave, n, ExtractColumns.LeaveReason, text, $"leave_reason {text.Trim()} is given but leave_date is blank; leave_reason is only for people who left");
        }

        if (org is not null && hasRef)
        {
            CheckUnique(n, org, employeeRef);
        }

        // The file is rejected once anything is wrong, so records are kept only while nothing is.
        if (_problemCount > 0)
        {
            return;
        }

        _validRows.Add(org!, employeeRef, grade, new EmployeeFacts
        {
            SnapshotDay = snapshot!.Value.DayNumber,
            JobFamily = family!.Value,
            Level = level!.Value,
            Fte = fte ?? 1.0,
            StartDay = start!.Value.DayNumber,
            LevelStartDay = EmployeeFacts.Day(levelStart),
            LastPromotionDay = EmployeeFacts.Day(promotion),
            LeaveDay = EmployeeFacts.Day(leave),
            LeaveReason = EmployeeFacts.Code(leaveReason),
            Gender = gender!.Value,
            // A blank in a carried ethnicity or disability column is a person who did not say.
            Ethnicity = EmployeeFacts.Code<Extracts.Ethnicity>(_ethnicity >= 0 ? ethnicity ?? Extracts.Ethnicity.Undisclosed : null),
            Disability = EmployeeFacts.Code<Extracts.Disability>(_disability >= 0 ? disability ?? Extracts.Disability.Undisclosed : null),
            AgeBand = EmployeeFacts.Code(ageBand),
            WorkingPattern = EmployeeFacts.Code(pattern),
            HourlyPay = hourlyPay ?? double.NaN,
            BonusPay = bonusPay ?? double.NaN,
        });
    }

    private ParsedExtract Complete(bool readToEnd)
    {
        if (_otherOrgRows > 0)
        {
            ReportOtherOrganisation();
        }

        if (readToEnd && _rowCount == 0)
        {
            Report(ProblemKind.Empty, 0, "", "", _header.Count == 0
                ? "the file has no data rows: it is empty"
                : "the file has no data rows: it has a header but nothing under it");
        }

        if (_otherFamilyRows > 0)
        {
            Report(ProblemKind.OtherFamilyInItTeam, 0, ExtractColumns.JobFamily, "other", string.Create(CultureInfo.InvariantCulture,
                $"the file is given as an IT-team extract, but {_otherFamilyRows:N0} {(_otherFamilyRows == 1 ? "row has" : "rows have")} job_family other (the first is row {_firstOtherFamilyRow}); give it as a whole-council HR extract, or leave those people out"));
        }

        return new ParsedExtract
        {
            Records = [],
            Problems = _problems,
            ProblemCount = _problemCount,
            ProblemGroups = _groups.ToList(),
            Columns = _headerColumns.Columns,
            IgnoredColumns = [.. _headerColumns.Ignored.Select(c => c.Name)],
        };
    }

    // ---------------------------------------------------------------- cells
    // A cell reader reports what is wrong with its cell and returns its value, or null when the
    // cell is blank or wrong. A column the header lacks is reported once, for the header, not on
    // every row: its reader returns null without a word.

    private string? Organisation(ExtractRow row, bool isUtf8)
    {
        if (_org < 0)
        {
            return null;
        }

        var cell = row[_org];
        if (_lastOrgText is not null && cell.SequenceEqual(_lastOrgText))
        {
            return _lastOrg;
        }

        if (!TryText(row, _org, ExtractColumns.OrganisationCode, required: true, isUtf8, out var trimmed))
        {
            return null;
        }

        if (!IsGssCode(trimmed))
        {
            Report(ProblemKind.NotGssCode, row.Number, ExtractColumns.OrganisationCode, Decode(cell),
                $"organisation_code {Decode(trimmed)} is not an ONS GSS code: a capital E, N, S or W and 8 digits, such as E09000030");
            return null;
        }

        var text = Encoding.UTF8.GetString(trimmed);
        if (_options.ExpectedOrganisationCode is { } expected && !string.Equals(text, expected, StringComparison.Ordinal))
        {
            HoldBack(new ValidationProblem(row.Number, ExtractColumns.OrganisationCode, Decode(cell),
                $"organisation_code {text} is not the code of the organisation this file is uploaded for, {expected}") { Kind = ProblemKind.OtherOrganisation });
            if (_otherOrgCodes.Count <= MaxOtherOrgCodes)
            {
                _otherOrgCodes.Add(text);
            }

            return null;
        }

        (_lastOrgText, _lastOrg) = (cell.ToArray(), text);
        return text;
    }

    private DateOnly? Snapshot(ExtractRow row)
    {
        if (_snapshotAt < 0)
        {
            return null;
        }

        var cell = row[_snapshotAt];
        if (_snapshotText is not null && cell.SequenceEqual(_snapshotText))
        {
            return _snapshot;
        }

        if ((_refusedSnapshotText is not null && cell.SequenceEqual(_refusedSnapshotText))
            || Date(row, _snapshotAt, ExtractColumns.SnapshotDate, required: true) is not { } date)
        {
            return null;
        }

        if (SnapshotDates.Refusal(date, _today) is { } refusal)
        {
            _refusedSnapshotText = cell.ToArray();
            Report(ProblemKind.SnapshotOutOfRange, row.Number, ExtractColumns.SnapshotDate, Decode(cell), refusal);
            return null;
        }

        if (_snapshot is not { } fileSnapshot)
        {
            (_snapshot, _snapshotText, _snapshotRow) = (date, cell.ToArray(), row.Number);
            return date;
        }

        if (date != fileSnapshot)
        {
            Report(ProblemKind.SnapshotDiffers, row.Number, ExtractColumns.SnapshotDate, Decode(cell),
                $"snapshot_date {Iso(date)} differs from {Iso(fileSnapshot)} on row {_snapshotRow}; every row of a file must have the same snapshot_date");
            return null;
        }

        return date;
    }

    /// <summary>
    /// A free-text cell, trimmed; false when the column is missing, the cell is blank or its text is
    /// not allowed.
    /// </summary>
    private bool TryText(ExtractRow row, int at, string column, bool required, bool isUtf8, out ReadOnlySpan<byte> text)
    {
        text = default;
        if (at < 0)
        {
            return false;
        }

        var cell = row[at];
        if (IsBlank(cell))
        {
            ReportBlank(row, at, column, required);
            return false;
        }

        if (LooksLikeFormula(cell))
        {
            Report(ProblemKind.Formula, row.Number, column, Decode(cell),
                $"{column} starts with {Describe(cell[0])} and so looks like a spreadsheet formula, which could run when the file is opened in a spreadsheet; remove that first character");
            return false;
        }

        if (!isUtf8 && !Utf8.IsValid(cell))
        {
            Report(ProblemKind.NotUtf8, row.Number, column, Decode(cell), NotUtf8(column));
            return false;
        }

        text = Trim(cell);
        if (HasControlCharacter(text))
        {
            Report(ProblemKind.ControlCharacter, row.Number, column, Decode(text),
                $"{column} holds a control character (such as a NUL byte), which is not text; the file may not really be a CSV file, or was damaged");
            return false;
        }
        return true;
    }

    private int? Level(ExtractRow row)
    {
        if (_level < 0)
        {
            return null;
        }

        var cell = row[_level];
        var trimmed = Trim(cell);
        if (trimmed.Length == 1 && trimmed[0] is >= (byte)'1' and <= (byte)'6')
        {
            return trimmed[0] - '0';
        }

        if (trimmed.IsEmpty)
        {
            ReportBlank(row, _level, ExtractColumns.Level, required: true);
            return null;
        }

        ReportValue(ProblemKind.BadLevel, row.Number, ExtractColumns.Level, cell, Utf8.IsValid(cell)
            ? $"level {Decode(trimmed)} is not a whole number from 1 (trainee or apprentice) to 6 (head or director)"
            : NotUtf8(ExtractColumns.Level));
        return null;
    }

    private double? Fte(ExtractRow row)
    {
        if (_fte < 0 || IsBlank(row[_fte]))
        {
            return null;
        }

        var cell = row[_fte];
        if ((TryParsePlainDecimal(cell, out var fte) || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out fte))
            && double.IsFinite(fte) && fte > 0)
        {
            return fte;
        }

        ReportValue(ProblemKind.BadNumber, row.Number, ExtractColumns.Fte, cell, Utf8.IsValid(cell)
            ? $"fte {Decode(Trim(cell))} is not a number greater than 0, such as 1 for full time or 0.6; leave it blank for 1"
            : NotUtf8(ExtractColumns.Fte));
        return null;
    }

    private double? Pay(ExtractRow row, int at, string column)
    {
        if (at < 0 || IsBlank(row[at]))
        {
            return null;
        }

        var cell = row[at];
        const NumberStyles Styles = NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
        if ((TryParsePlainDecimal(cell, out var pay) || double.TryParse(cell, Styles, CultureInfo.InvariantCulture, out pay)) && double.IsFinite(pay))
        {
            return pay;
        }

        ReportValue(ProblemKind.BadNumber, row.Number, column, cell, Utf8.IsValid(cell)
            ? $"{column} {Decode(Trim(cell))} is not an amount in pounds of 0 or more, written like 12.50 without a £ sign or commas; leave it blank if not known"
            : NotUtf8(column));
        return null;
    }

    private DateOnly? Date(ExtractRow row, int at, string column, bool required)
    {
        if (at < 0)
        {
            return null;
        }

        var cell = row[at];
        if (TryParseIsoDate(cell, out var date) || TryParseIsoDate(Trim(cell), out date))
        {
            return date;
        }

        if (IsBlank(cell))
        {
            ReportBlank(row, at, column, required);
            return null;
        }

        if (NotARealDay(Trim(cell)) is { } why)
        {
            // Written as the standard asks, so the mapping wizard's date formats cannot help: the day itself is wrong.
            Report(ProblemKind.NotARealDate, row.Number, column, Decode(cell), $"{column} {Decode(Trim(cell))} is not a real date: {why}");
            return null;
        }

        ReportValue(ProblemKind.BadDate, row.Number, column, cell, Utf8.IsValid(cell)
            ? $"{column} {Decode(Trim(cell))} is not a date written as year-month-day, such as 2025-03-31"
            : NotUtf8(column));
        return null;
    }

    private void ReportBlank(ExtractRow row, int at, string column, bool required)
    {
        // A cell a mapping profile could not translate arrives blank with its own problem, already reported.
        if (required && !row.HasCellProblem(at))
        {
            Report(ProblemKind.Blank, row.Number, column, Decode(row[at]), $"{column} is blank; every row needs one");
        }
    }

    // ---------------------------------------------------------------- rules across cells

    private void CheckDates(int n, DateOnly? start, DateOnly? levelStart, DateOnly? promotion, DateOnly? leave)
    {
        if (_snapshot is { } snapshot)
        {
            AfterSnapshot(n, ExtractColumns.StartDate, start, snapshot);
            AfterSnapshot(n, ExtractColumns.LevelStartDate, levelStart, snapshot);
            AfterSnapshot(n, ExtractColumns.LastPromotionDate, promotion, snapshot);
            AfterSnapshot(n, ExtractColumns.LeaveDate, leave, snapshot);

            // The period is (snapshot - 1 year, snapshot]: someone who left on the day a year before left before it.
            if (leave is { } leaveDate && leaveDate <= snapshot.AddYears(-1))
            {
                var periodStart = snapshot.AddYears(-1);
                Report(ProblemKind.LeaveOutsidePeriod, n, ExtractColumns.LeaveDate, Iso(leaveDate),
                    $"leave_date {Iso(leaveDate)} is not within the 12 months up to the snapshot date {Iso(snapshot)} " +
                    $"(from {Iso(periodStart.AddDays(1))} to {Iso(snapshot)}); leave out people who left before then");
            }
        }

        if (start is not { } startDate)
        {
            return;
        }

        if (leave < startDate)
        {
            Report(ProblemKind.DateOrder, n, ExtractColumns.StartDate, Iso(startDate), $"start_date {Iso(startDate)} is after leave_date {Iso(leave.Value)}");
        }

        BeforeStart(n, ExtractColumns.LevelStartDate, levelStart, startDate);
        BeforeStart(n, ExtractColumns.LastPromotionDate, promotion, startDate);
    }

    private void AfterSnapshot(int n, string column, DateOnly? date, DateOnly snapshot)
    {
        if (date > snapshot)
        {
            Report(ProblemKind.DateAfterSnapshot, n, column, Iso(date.Value), $"{column} {Iso(date.Value)} is after the snapshot date {Iso(snapshot)}");
        }
    }

    private void BeforeStart(int n, string column, DateOnly? date, DateOnly start)
    {
        if (date < start)
        {
            Report(ProblemKind.DateOrder, n, column, Iso(date.Value), $"{column} {Iso(date.Value)} is before start_date {Iso(start)}");
        }
    }

    private void CheckUnique(int n, string org, ReadOnlySpan<byte> employeeRef)
    {
        if (!_refs.TryAdd(org, employeeRef, n, out var firstRow))
        {
            // The rows, not the reference: an employee_ref is personal data, kept out of the stored report.
            Report(ProblemKind.DuplicateRef, n, ExtractColumns.EmployeeRef, Decode(employeeRef), string.Create(CultureInfo.InvariantCulture,
                $"rows {firstRow} and {n} have the same employee_ref; give each person one row"));
        }
    }

    // ---------------------------------------------------------------- problems

    private void Report(ValidationProblem problem)
    {
        // A row of another organisation, held back, has already rejected the file.
        if (_problemCount++ == 0 && _otherOrgRows == 0)
        {
            // The file is rejected: the rows found valid so far will not be used.
            _validRows.Reject();
        }

        if (_problems.Count < _options.MaxProblems)
        {
            _problems.Add(problem);
        }

        _groups.Add(problem);
    }

    /// <summary>A row of another organisation: the file is rejected now, but what to say is decided at the end.</summary>
    private void HoldBack(ValidationProblem problem)
    {
        if (_problemCount++ == 0)
        {
            _validRows.Reject();
        }

        _otherOrgRows++;
        _groups.Add(problem);

        if (_otherOrgProblems.Count < _options.MaxProblems)
        {
            _otherOrgProblems.Add(problem);
        }
    }

    /// <summary>
    /// One problem for the file when no row has the organisation's code (it is someone else's file, or
    /// was uploaded for the wrong organisation); otherwise one for each row of another organisation,
    /// among the others in row order.
    /// </summary>
    private void ReportOtherOrganisation()
    {
        var expected = _options.ExpectedOrganisationCode!;
        if (_lastOrg is null)
        {
            _groups.Remove(ProblemKind.OtherOrganisation);
            _problemCount -= _otherOrgRows;
            var codes = _otherOrgCodes.Order(StringComparer.Ordinal).Take(MaxOtherOrgCodes).ToList();
            var problem = new ValidationProblem(0, ExtractColumns.OrganisationCode, codes.Count == 1 ? codes[0] : "",
                OtherOrganisationFile(codes, _otherOrgCodes.Count > MaxOtherOrgCodes, expected, _options.OrganisationNames)) { Kind = ProblemKind.OtherOrganisation };
            Report(problem);

            // Said first: it is what is most wrong with the file.
            _problems.Remove(problem);
            _problems.Insert(0, problem);
            if (_problems.Count > _options.MaxProblems)
            {
                _problems.RemoveAt(_problems.Count - 1);
            }

            return;
        }

        // Both lists are in row order; the held-back problem goes before any other of its row, since the organisation is read first.
        var merged = new List<ValidationProblem>(_problems.Count + _otherOrgProblems.Count);
        var i = 0;
        foreach (var problem in _otherOrgProblems)
        {
            for (; i < _problems.Count && _problems[i].Row < problem.Row; i++)
            {
                merged.Add(_problems[i]);
            }

            merged.Add(problem);
        }

        merged.AddRange(_problems.Skip(i));
        _problems.Clear();
        _problems.AddRange(merged.Take(_options.MaxProblems));
    }

    /// <summary>The reason given for a file none of whose rows has the code of the organisation it was uploaded for.</summary>
    internal static string OtherOrganisationFile(IReadOnlyList<string> codes, bool more, string expected, IReadOnlyDictionary<string, string>? names)
    {
        string Named(string code) => names?.GetValueOrDefault(code) is { } name ? $"{name} ({code})" : code;

        var upload = $"not for {Named(expected)}, the organisation it was uploaded for";
        if (codes.Count == 1)
        {
            var code = codes[0];
            return names?.GetValueOrDefault(code) is { } name
                ? $"the file is for {name} ({code}, its organisation_code), {upload}; upload it for {name}, or check you chose the right file"
                : $"the file is for {code} (its organisation_code), {upload}; upload it for that organisation, or check you chose the right file";
        }

        var list = more ? string.Join(", ", codes) + " and others" : string.Join(", ", codes.Take(codes.Count - 1)) + " and " + codes[^1];
        return $"the file is for other organisations (its organisation_code column holds {list}), {upload}; upload each organisation's rows for it, or check you chose the right file";
    }

    private void Report(ProblemKind kind, int row, string column, string value, string reason) =>
        Report(new ValidationProblem(row, column, value, reason) { Kind = kind });

    /// <summary>A cell whose text breaks a rule; text that is not UTF-8 is reported as that instead.</summary>
    private void ReportValue(ProblemKind kind, int row, string column, ReadOnlySpan<byte> cell, string reason) =>
        Report(Utf8.IsValid(cell) ? kind : ProblemKind.NotUtf8, row, column, Decode(cell), reason);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A coded column: its codes as UTF-8 for an exact match, which nearly every cell is, before the
    /// table's match without case or surrounding spaces.
    /// </summary>
    private sealed class CodeColumn<T> where T : struct, Enum
    {
        private readonly CodeTable<T> _table;
        private readonly string _column;
        private const int MaxLength = 16;

        private readonly byte[][] _codes;
        private readonly T[] _values;

        // The code, if any, with each length and first byte: no two codes of a column share both.
        private readonly sbyte[] _candidate = new sbyte[MaxLength * 128];

        public CodeColumn(CodeTable<T> table, string column)
        {
            (_table, _column) = (table, column);
            _codes = [.. table.AllCodes.Select(Encoding.UTF8.GetBytes)];
            _values = [.. table.AllCodes.Select(code => table.TryParse(code, out var value) ? value : throw new InvalidOperationException(code))];
            Array.Fill(_candidate, (sbyte)-1);
            for (var i = 0; i < _codes.Length; i++)
            {
                ref var slot = ref _candidate[Key(_codes[i])];
                slot = slot < 0 ? (sbyte)i : throw new InvalidOperationException($"codes of {column} share a length and first letter");
            }
        }

        private static int Key(ReadOnlySpan<byte> code) => (code.Length * 128) + (code[0] & 127);

        public T? Read(ExtractValidator validator, ExtractRow row, int at, bool required)
        {
            if (at < 0)
            {
                return null;
            }

            var cell = row[at];
            if (cell.Length is > 0 and < MaxLength && _candidate[Key(cell)] is var i and >= 0 && cell.SequenceEqual(_codes[i]))
            {
                return _values[i];
            }

            if (IsBlank(cell))
            {
                validator.ReportBlank(row, at, _column, required);
                return null;
            }

            if (!validator.TryText(row, at, _column, required, isUtf8: false, out _))
            {
                return null;
            }

            var text = Decode(cell);
            if (_table.TryParse(text, out var value))
            {
                return value;
            }

            validator.Report(ProblemKind.UnknownCode, row.Number, _column, text, $"{_column} {text.Trim()} is not one of the codes allowed: {string.Join(", ", _table.AllCodes)}");
            return null;
        }
    }
}
