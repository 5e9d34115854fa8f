using System.Runtime.CompilerServices;

namespace EidAnalytics.Core.Extracts;

/// <summary>
/// What the metrics read of one valid row, packed small: dates as day numbers with <see cref="NoDate"/>
/// for none, amounts with NaN for none, optional codes as bytes with <see cref="NoCode"/> for none.
/// An <see cref="EmployeeRecord"/> keeps one; the offline analyser tallies them as the rows stream past
/// and keeps no record at all.
/// </summary>
internal record struct EmployeeFacts
{
    public const int NoDate = -1;
    public const byte NoCode = byte.MaxValue;

    /// <summary>Nothing optional given, full time: what a record starts from before its properties are set.</summary>
    public static readonly EmployeeFacts Blank = new()
    {
        Fte = 1.0,
        HourlyPay = double.NaN,
        BonusPay = double.NaN,
        LevelStartDay = NoDate,
        LastPromotionDay = NoDate,
        LeaveDay = NoDate,
        LeaveReason = NoCode,
        Ethnicity = NoCode,
        Disability = NoCode,
        AgeBand = NoCode,
        WorkingPattern = NoCode,
    };

    public double Fte;
    public double HourlyPay;
    public double BonusPay;
    public int SnapshotDay;
    public int StartDay;
    public int LevelStartDay;
    public int LastPromotionDay;
    public int LeaveDay;
    public int Level;
    public JobFamily JobFamily;
    public Gender Gender;
    public byte LeaveReason;
    public byte Ethnicity;
    public byte Disability;
    public byte AgeBand;
    public byte WorkingPattern;

    public readonly bool IsItFunction => JobFamily != JobFamily.Other;

    public static int Day(DateOnly? date) => date?.DayNumber ?? NoDate;

    public static DateOnly? Date(int day) => day < 0 ? null : DateOnly.FromDayNumber(day);

    /// <summary>A code as its byte (every code enum of the standard is a byte), or <see cref="NoCode"/>.</summary>
    public static byte Code<T>(T? code) where T : struct, Enum => code is { } value ? Unsafe.BitCast<T, byte>(value) : NoCode;

    /// <summary>A code stored by <see cref="Code{T}(T?)"/>, back as its enum.</summary>
    public static T? Code<T>(byte code) where T : struct, Enum => code == NoCode ? null : Unsafe.BitCast<byte, T>(code);
}
