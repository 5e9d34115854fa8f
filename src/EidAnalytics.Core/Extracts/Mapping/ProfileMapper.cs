using System.Globalization;
using System.Text;

namespace EidAnalytics.Core.Extracts.Mapping;

/// <summary>
/// Translates a file's header and rows into the v1 standard by a <see cref="MappingProfile"/>, for
/// <see cref="ExtractValidator"/> to check as it checks any file: renames columns, fills columns
/// given one value, translates codes and dates, derives <c>level</c> from the grade and
/// <c>age_band</c> from a date of birth (which goes no further). What it cannot translate it hands
/// on as a blank cell with its own problem (<see cref="ExtractRow.AddProblem"/>), so the file is
/// rejected with a reason that speaks of the profile, never loaded with a guess.
/// </summary>
internal sealed class ProfileMapper
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

    private readonly MappingProfile _profile;
    private readonly int _sourceWidth;
    private readonly List<string> _header = [];
    private readonly List<Output> _outputs = [];
    private readonly List<ValidationProblem> _headerProblems = [];
    private readonly List<string> _ignored = [];
    private readonly string[] _dateFormats;
    private readonly string _dateExample;
    private readonly Dictionary<string, byte[]> _grades;
    private readonly ExtractRow _row = new();
    private readonly int _snapshotOutput = -1;
    private readonly DateOnly? _fixedSnapshot;

    public ProfileMapper(MappingProfile profile, IReadOnlyList<string> sourceHeader, ExtractReadOptions options)
    {
        _profile = profile;
        _sourceWidth = sourceHeader.Count;
        var format = profile.DateFormat ?? "yyyy-MM-dd";
        _dateFormats = [format, format + " HH:mm", format + " HH:mm:ss", .. IsoFormats];
        _dateExample = new DateOnly(2025, 3, 31).ToString(format, CultureInfo.InvariantCulture);
        _grades = profile.GradeLevels
            .GroupBy(g => MappingText.Normalise(g.Grade))
            .ToDictionary(g => g.Key, g => Encoding.UTF8.GetBytes(g.First().Level.ToString(CultureInfo.InvariantCulture)), StringComparer.Ordinal);

        var fields = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = sourceHeader.Count - 1; i >= 0; i--)
        {
            fields[MappingText.Normalise(sourceHeader[i])] = i;
        }

        int? Field(string? header) => header is not null && fields.TryGetValue(MappingText.Normalise(header), out var at) ? at : null;

        var used = new HashSet<int>();
        foreach (var column in ExtractColumns.All)
        {
            Output? output = null;
            if (profile.Columns.TryGetValue(column, out var source))
            {
                if (source.Value is { } value)
                {
                    output = Output.Constant(value);
                }
                else if (Field(source.Header) is { } field)
                {
                    used.Add(field);
                    output = Output.Copy(field, Translation(column));
                }
                else if (ExtractColumns.Required.Contains(column))
                {
                    _headerProblems.Add(new ValidationProblem(1, column, "",
                        $"the header has no column '{source.Header}', which the mapping profile '{profile.Name}' reads {column} from")
                    {
                        Kind = ProblemKind.MissingColumn,
                    });
                }
            }
            else if (column == ExtractColumns.OrganisationCode && options.ExpectedOrganisationCode is { } code)
            {
                output = Output.Constant(code);
            }
            else if (column == ExtractColumns.SnapshotDate && options.SnapshotDate is { } snapshot)
            {
                output = Output.Constant(snapshot.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                _fixedSnapshot = snapshot;
            }
            else if (column == ExtractColumns.Level && Field(profile.Columns.GetValueOrDefault(ExtractColumns.Grade)?.Header) is { } grade)
            {
                if (_grades.Count > 0)
                {
                    output = Output.Derived(grade, Derivation.LevelFromGrade);
                }
                else
                {
                    _headerProblems.Add(new ValidationProblem(1, column, "",
                        $"the mapping profile '{profile.Name}' reads no level column and gives none of the grades a level; give each grade a level in the mapping wizard")
                    {
                        Kind = ProblemKind.MissingColumn,
                    });
                }
            }
            else if (column == ExtractColumns.AgeBand && profile.DateOfBirth is not null)
            {
                if (Field(profile.DateOfBirth) is { } birth)
                {
                    used.Add(birth);
                    output = Output.Derived(birth, Derivation.AgeFromBirth);
                }
            }

            if (output is not null)
            {
                if (column == ExtractColumns.SnapshotDate)
                {
                    _snapshotOutput = _outputs.Count;
                }

                _header.Add(column);
                _outputs.Add(output);
            }
        }

        _ignored.AddRange(sourceHeader.Where((name, i) => !used.Contains(i) && name.Trim().Length > 0).Select(name => name.Trim()));
    }

    /// <summary>The v1 columns the translated rows have, in the standard's order.</summary>
    public IReadOnlyList<string> Header => _header;

    /// <summary>Required columns the profile reads from a column the file lacks.</summary>
    public IReadOnlyList<ValidationProblem> HeaderProblems => _headerProblems;

    /// <summary>The file's columns the profile does not read.</summary>
    public IReadOnlyList<string> IgnoredColumns => _ignored;

    /// <summary>Translates each row in turn, into the same <see cref="ExtractRow"/>.</summary>
    public IEnumerable<ExtractRow> Map(IEnumerable<ExtractRow> rows)
    {
        foreach (var source in rows)
        {
            if (source.ReadProblem is not null)
            {
                _row.Start(source.Number, source.ReadProblem, source.ReadProblemKind);
            }
            else if (source.FieldCount != _sourceWidth)
            {
                _row.Start(source.Number, ExtractValidator.FieldCountMismatch(source.FieldCount, _sourceWidth), ProblemKind.WrongFieldCount);
            }
            else if (IsBlank(source))
            {
                _row.Start(source.Number);
                foreach (var unused in _outputs)
                {
                    _row.Add(ReadOnlySpan<byte>.Empty);
                }
            }
            else
            {
                Translate(source);
            }

            yield return _row;
        }
    }

    private static bool IsBlank(ExtractRow row) => row.Text.Trim(" \t\r\n"u8).IsEmpty;

    private void Translate(ExtractRow source)
    {
        _row.Start(source.Number);
        var snapshot = _fixedSnapshot ?? (_snapshotOutput >= 0 && _outputs[_snapshotOutput].Field is { } s ? ReadDate(source[s]) : null);
        for (var i = 0; i < _outputs.Count; i++)
        {
            var output = _outputs[i];
            if (output.Value is { } value)
            {
                _row.Add(value);
                continue;
            }

            var cell = source[output.Field!.Value];
            if (cell.Trim(" \t\r\n"u8).IsEmpty)
            {
                AddBlank(output);
                continue;
            }

            switch (output.Derivation)
            {
                case Derivation.LevelFromGrade:
                    AddLevel(cell);
                    break;
                case Derivation.AgeFromBirth:
                    AddAgeBand(cell, snapshot);
                    break;
                default:
                    AddTranslated(output, cell);
                    break;
            }
        }
    }

    private void AddBlank(Output output)
    {
        if (output.Derivation == Derivation.LevelFromGrade)
        {
            _row.AddProblem(ProblemKind.Blank, "",
                $"grade is blank, and the mapping profile '{_profile.Name}' takes the level from the grade; every row needs one");
        }
        else
        {
            _row.Add(ReadOnlySpan<byte>.Empty);
        }
    }

    private void AddTranslated(Output output, ReadOnlySpan<byte> cell)
    {
        if (output.Codes is { } codes)
        {
            var text = Encoding.UTF8.GetString(cell);
            if (codes.TryGetValue(MappingText.Normalise(text), out var code))
            {
                _row.Add(code);
                return;
            }
        }
        else if (output.IsDate)
        {
            var text = Encoding.UTF8.GetString(cell).Trim();
            if (ReadDate(text) is { } date)
            {
                _row.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                _row.AddProblem(ProblemKind.BadDate, text, DateProblem(_header[_row.FieldCount], text));
            }

            return;
        }

        _row.Add(cell);
    }

    private void AddLevel(ReadOnlySpan<byte> cell)
    {
        var grade = Encoding.UTF8.GetString(cell).Trim();
        if (_grades.TryGetValue(MappingText.Normalise(grade), out var level))
        {
            _row.Add(level);
        }
        else
        {
            _row.AddProblem(ProblemKind.UnknownGrade, grade, $"grade {grade} has no level in the mapping profile '{_profile.Name}'");
        }
    }

    private void AddAgeBand(ReadOnlySpan<byte> cell, DateOnly? snapshot)
    {
        var text = Encoding.UTF8.GetString(cell).Trim();
        if (ReadDate(text) is not { } birth)
        {
            _row.AddProblem(ProblemKind.BadDate, text, DateProblem("date_of_birth", text));
            return;
        }

        if (snapshot is not { } on)
        {
            // Without a snapshot date there is no age; the snapshot date's own problem is reported.
            _row.Add(ReadOnlySpan<byte>.Empty);
            return;
        }

        var age = on.Year - birth.Year - (on < birth.AddYears(on.Year - birth.Year) ? 1 : 0);
        if (age is < 16 or > 100)
        {
            _row.AddProblem(ProblemKind.BadDate, text, string.Create(CultureInfo.InvariantCulture,
                $"date_of_birth {text} makes the person {age} on the snapshot date, which cannot be right for someone employed; check it"));
            return;
        }

        _row.Add(age switch
        {
            < 25 => "16-24",
            < 35 => "25-34",
            < 45 => "35-44",
            < 55 => "45-54",
            < 65 => "55-64",
            _ => "65+",
        });
    }

    private string DateProblem(string column, string text) => _profile.DateFormat is { } format
        ? $"{column} {text} is not a date written as {format}, such as {_dateExample}, as the mapping profile '{_profile.Name}' expects"
        : $"{column} {text} is not a date written as year-month-day, such as 2025-03-31";

    private DateOnly? ReadDate(ReadOnlySpan<byte> cell) => ReadDate(Encoding.UTF8.GetString(cell).Trim());

    private DateOnly? ReadDate(string text) =>
        DateTime.TryParseExact(text, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? DateOnly.FromDateTime(date) : null;

    /// <summary>The codes a column's values are translated by: the common ones beneath the profile's own; null for a column of dates or free text.</summary>
    private Output.Translator Translation(string column)
    {
        if (column is ExtractColumns.SnapshotDate or ExtractColumns.StartDate or ExtractColumns.LevelStartDate
            or ExtractColumns.LastPromotionDate or ExtractColumns.LeaveDate)
        {
            return new Output.Translator(null, IsDate: true);
        }

        if (!MappingProfileJson.CodedColumns.ContainsKey(column))
        {
            return new Output.Translator(null, IsDate: false);
        }

        var codes = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var mappings in new[] { BuiltInProfiles.Common.Codes.GetValueOrDefault(column), _profile.Codes.GetValueOrDefault(column) })
        {
            foreach (var (from, to) in mappings ?? [])
            {
                codes[MappingText.Normalise(from)] = Encoding.UTF8.GetBytes(to.ToLowerInvariant());
            }
        }

        return new Output.Translator(codes, IsDate: false);
    }

    private enum Derivation { None, LevelFromGrade, AgeFromBirth }

    /// <summary>One v1 column of the translated rows: a fixed value, or a field of the file and what to do with it.</summary>
    private sealed class Output
    {
        public sealed record Translator(Dictionary<string, byte[]>? Codes, bool IsDate);

        public byte[]? Value { get; private init; }
        public int? Field { get; private init; }
        public Derivation Derivation { get; private init; }
        public Dictionary<string, byte[]>? Codes { get; private init; }
        public bool IsDate { get; private init; }

        public static Output Constant(string value) => new() { Value = Encoding.UTF8.GetBytes(value) };

        public static Output Copy(int field, Translator translator) => new() { Field = field, Codes = translator.Codes, IsDate = translator.IsDate };

        public static Output Derived(int field, Derivation derivation) => new() { Field = field, Derivation = derivation };
    }
}
