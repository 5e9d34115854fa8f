using EidAnalytics.Core.Extracts.Mapping;
using EidAnalytics.Web.Data;

namespace EidAnalytics.Web.Features.Mapping;

/// <summary>An upload in the mapping wizard: the upload, what its file holds, and the profile answered so far.</summary>
public sealed record WizardState(Upload Upload, TableSurvey Survey, MappingProfile Draft);
