namespace EidAnalytics.Web.Data;

public enum ExtractKind { ItTeam, WholeOrganisation }
