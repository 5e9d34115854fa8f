namespace EidAnalytics.Core.Extracts;

public enum LeaveReason : byte { Voluntary, Involuntary, Retirement, EndOfContract, Other }
