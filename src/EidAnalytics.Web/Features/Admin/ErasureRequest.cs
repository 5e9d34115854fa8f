namespace EidAnalytics.Web.Features.Admin;

/// <summary>Who asked for an organisation's data to be erased (a name and role, or a ticket) and why, as the audit log keeps them.</summary>
public sealed record ErasureRequest(string RequestedBy, string Reason);
