using EidAnalytics.Web.Data;
using EidAnalytics.Web.Features.Accounts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EidAnalytics.Web.Features.Uploads;

/// <summary><c>POST /api/extracts</c> and <c>GET /api/extracts/{id}</c>: upload an extract and follow it.</summary>
public static class UploadsApi
{
    public static IEndpointRouteBuilder MapUploadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/extracts").WithTags("Extracts");
        group.MapPost("/", PostAsync)
            .WithName("UploadExtract")
            .WithSummary("Upload an extract (multipart: organisation_code, file; optional profile, snapshot_date, extract_kind). 202 while it is checked, or with status needs_mapping when its columns must be matched in the mapping wizard; 200 if identical to one already loaded.")
            // Council systems upload with an API token, never a cookie, so no cross-site form can
            // post here: the antiforgery a browser form needs does not apply.
            .DisableAntiforgery()
            .RequireRateLimiting(AccountsFeature.UploadLimit)
            .WithAccess(Access.UploadToken);
        group.MapGet("/{id:guid}", GetAsync)
            .WithName("GetExtract")
            .WithSummary("An upload's status and, if it was rejected, its problems.")
            .WithAccess(Access.UploadStatus);
        app.MapGet("/uploads/{id:guid}/problems.csv", GetProblemsCsvAsync)
            .WithTags("Extracts")
            .WithName("GetExtractProblemsCsv")
            .WithSummary("A rejected upload's problems as CSV (row, column, value, problem), formula-escaped.")
            .WithAccess(Access.OrganisationMember);
        return app;
    }

    private static async Task<Results<Accepted<UploadView>, Ok<UploadView>, ValidationProblem, ProblemHttpResult>> PostAsync(
        [FromForm(Name = "organisation_code")] string? organisationCode,
        IFormFile? file,
        [FromForm(Name = "profile")] string? profile,
        [FromForm(Name = "snapshot_date")] string? snapshotDate,
        [FromForm(Name = "extract_kind")] string? extractKind,
        UploadReceiver receiver,
        EidDbContext db,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(organisationCode))
        {
            errors["organisation_code"] = ["Give the organisation's GSS code, e.g. E09000030."];
        }
        if (file is null)
        {
            errors["file"] = ["Attach the extract as the multipart field 'file'."];
        }
        DateOnly? snapshot = null;
        if (!string.IsNullOrWhiteSpace(snapshotDate))
        {
            if (DateOnly.TryParseExact(snapshotDate.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
            {
                snapshot = date;
                if (Core.Extracts.SnapshotDates.Refusal(date, Core.Extracts.SnapshotDates.TodayInUk(clock.GetUtcNow())) is { } refusal)
                {
                    errors["snapshot_date"] = [refusal];
                }
            }
            else
            {
                errors["snapshot_date"] = ["Give the snapshot date as yyyy-MM-dd, e.g. 2025-03-31."];
            }
        }
        ExtractKind? kind = extractKind?.Trim() switch
        {
            null or "" => null,
            "it_team" => ExtractKind.ItTeam,
            "whole_organisation" => ExtractKind.WholeOrganisation,
            _ => null,
        };
        if (kind is null && !string.IsNullOrWhiteSpace(extractKind))
        {
            errors["extract_kind"] = ["Give the extract kind as it_team or whole_organisation, or leave it out to work it out from the job families."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await using var content = file!.OpenReadStream();
        var result = await receiver.ReceiveAsync(new UploadRequest(organisationCode!.Trim(), file.FileName, profile, snapshot, kind), content, cancellationToken);
        switch (result.Status)
        {
            case ReceiveStatus.Queued or ReceiveStatus.AlreadyQueued or ReceiveStatus.NeedsMapping:
                var queued = await LoadAsync(db, result.UploadId!.Value, cancellationToken);
                // The job may already have moved a just-queued upload on; the answer describes the
                // moment of acceptance, and GET follows it from there.
                return TypedResults.Accepted($"/api/extracts/{result.UploadId}", result.Status == ReceiveStatus.Queued
                    ? queued! with { Status = "queued", Message = result.Message }
                    : queued! with { Message = result.Message });
            case ReceiveStatus.Unchanged:
                var loaded = await LoadAsync(db, result.UploadId!.Value, cancellationToken);
                return TypedResults.Ok(loaded! with { Status = "unchanged", Message = result.Message });
            case ReceiveStatus.TooLarge:
                return TypedResults.Problem(result.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large");
            case ReceiveStatus.UnknownOrganisation:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["organisation_code"] = [result.Message] });
            case ReceiveStatus.UnknownProfile:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["profile"] = [result.Message] });
            default:
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [result.Message] });
        }
    }

    private static async Task<Results<Ok<UploadView>, NotFound>> GetAsync(Guid id, EidDbContext db, CancellationToken cancellationToken) =>
        await LoadAsync(db, id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<Results<FileContentHttpResult, NotFound>> GetProblemsCsvAsync(Guid id, EidDbContext db, AuditLog audit, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.AsNoTracking()
            .Include(u => u.Organisation)
            .Include(u => u.Problems.OrderBy(p => p.Ordinal))
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (upload is null)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(AuditActions.Download, $"problems of upload {id}", upload.Organisation!.Code, cancellationToken: cancellationToken);
        using var writer = new StringWriter();
        Core.Extracts.ProblemReportCsv.Write(writer, upload.Problems.Select(p => new Core.Extracts.ValidationProblem(p.RowNumber, p.ColumnName, p.Value, p.Reason)), upload.ProblemCount);
        return TypedResults.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(writer.ToString())).ToArray(),
            "text/csv", $"{Path.GetFileNameWithoutExtension(upload.FileName)}-problems.csv");
    }

    private static async Task<UploadView?> LoadAsync(EidDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var upload = await db.Uploads.AsNoTracking()
            .Include(u => u.Organisation)
            .Include(u => u.DatasetVersion)
            .Include(u => u.Problems.OrderBy(p => p.Ordinal))
            .Include(u => u.ProblemGroups.OrderBy(p => p.Ordinal))
            .AsSplitQuery()
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return upload is null ? null : UploadView.From(upload);
    }
}

public sealed record UploadView(
    Guid Id,
    string OrganisationCode,
    string FileName,
    string Status,
    string? Message,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? FinishedAt,
    int ProblemCount,
    IReadOnlyList<ProblemView> Problems,
    DatasetView? Dataset,
    string? Profile = null,
    IReadOnlyList<ProblemGroupView>? ProblemGroups = null)
{
    public static UploadView From(Upload upload) => new(
        upload.Id,
        upload.Organisation!.Code,
        upload.FileName,
        EidDbContext.SnakeCase(upload.Status.ToString()),
        upload.StatusMessage,
        upload.ReceivedAt,
        upload.FinishedAt,
        upload.ProblemCount,
        upload.Problems.Select(p => new ProblemView(p.RowNumber, p.ColumnName, p.Value, p.Reason)).ToList(),
        upload.DatasetVersion is { } d
            ? new DatasetView(d.Id, d.SnapshotDate, d.Version, d.RowCount, EidDbContext.SnakeCase(d.ExtractKind.ToString()))
            : null,
        upload.ProfileName,
        upload.ProblemGroups.Select(g => new ProblemGroupView(g.Kind, g.ColumnName, g.Count, g.SampleRows, g.Summary)).ToList());
}

public sealed record ProblemView(int Row, string Column, string Value, string Reason);

public sealed record ProblemGroupView(string Kind, string Column, int Count, IReadOnlyList<int> Rows, string Summary);

public sealed record DatasetView(long Id, DateOnly SnapshotDate, int Version, int RowCount, string ExtractKind);
