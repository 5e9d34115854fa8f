namespace EidAnalytics.Web.Features.Documents;

/// <summary>The one pipeline that renders a briefing or benchmark report and prints it to PDF.</summary>
public static class DocumentsFeature
{
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DocumentPipeline>();
        return builder;
    }
}
