namespace EidAnalytics.Core.Extracts;

/// <summary>The sorts of problem an extract can have; stored by name (snake_case), so only ever add to the end.</summary>
public enum ProblemKind
{
    Other,

    // The file as a whole.
    Empty,
    TooLarge,
    TooManyRows,
    TooManyColumns,
    Unreadable,
    Unsafe,

    // The header.
    MissingColumn,
    DuplicateColumn,

    // A row or a cell.
    NotUtf8,
    Quoting,
    WrongFieldCount,
    Blank,
    NotGssCode,
    OtherOrganisation,
    BadDate,
    SnapshotDiffers,
    SnapshotOutOfRange,
    DuplicateRef,
    UnknownCode,
    UnknownGrade,
    BadLevel,
    BadNumber,
    Formula,
    ControlCharacter,
    DateAfterSnapshot,
    LeaveOutsidePeriod,
    DateOrder,
    LeaveReasonWithoutLeave,

    // The file as a whole, found once every row is read.
    OtherFamilyInItTeam,

    // A cell: a date in the yyyy-MM-dd form that is not a real day (2019-02-30), unlike a BadDate.
    NotARealDate,
}
