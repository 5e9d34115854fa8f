using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EidAnalytics.Web.Data;

/// <summary>
/// The service's database. The schema is owned by the SQL files in Data/Migrations; this model
/// maps onto it (a test checks they agree) and never creates anything itself.
/// </summary>
public sealed class EidDbContext(DbContextOptions<EidDbContext> options) : DbContext(options)
{
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Upload> Uploads => Set<Upload>();
    public DbSet<UploadProblem> UploadProblems => Set<UploadProblem>();
    public DbSet<DatasetVersion> DatasetVersions => Set<DatasetVersion>();
    public DbSet<Employee> Employees => Set<Employee>();
    public DbSet<DatasetMetric> Metrics => Set<DatasetMetric>();
    public DbSet<Briefing> Briefings => Set<Briefing>();
    public DbSet<Benchmark> Benchmarks => Set<Benchmark>();
    public DbSet<BenchmarkReport> BenchmarkReports => Set<BenchmarkReport>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Organisation>(e => e.HasIndex(o => o.Code).IsUnique());
        modelBuilder.Entity<Upload>(e =>
        {
            e.Property(u => u.Status).HasConversion(SnakeCaseEnum<UploadStatus>());
            e.HasMany(u => u.Problems).WithOne().HasForeignKey(p => p.UploadId);
            e.HasOne(u => u.DatasetVersion).WithMany().HasForeignKey(u => u.DatasetVersionId);
        });
        modelBuilder.Entity<UploadProblem>(e => e.HasKey(p => new { p.UploadId, p.Ordinal }));
        modelBuilder.Entity<DatasetVersion>(e =>
        {
            e.Property(d => d.ExtractKind).HasConversion(SnakeCaseEnum<ExtractKind>());
            e.HasOne<Upload>().WithOne().HasForeignKey<DatasetVersion>(d => d.UploadId);
            e.HasMany(d => d.Metrics).WithOne().HasForeignKey(m => m.DatasetVersionId);
        });
        modelBuilder.Entity<Employee>(e =>
        {
            e.HasNoKey();
            e.HasOne<DatasetVersion>().WithMany().HasForeignKey(x => x.DatasetVersionId);
        });
        modelBuilder.Entity<DatasetMetric>(e =>
        {
            e.ToTable("metric_values");
            e.HasKey(m => new { m.DatasetVersionId, m.Scope, m.MetricId });
        });
        modelBuilder.Entity<Briefing>(e => e.HasIndex(b => b.RequestKey).IsUnique());
        modelBuilder.Entity<Benchmark>(e => e.Property(b => b.CreatedAt).HasDefaultValueSql("now()"));
        modelBuilder.Entity<BenchmarkReport>(e => e.HasIndex(r => r.RequestKey).IsUnique());

        ApplySnakeCaseNames(modelBuilder);
    }

    /// <summary>Tables (named after their DbSet) and columns are snake_case, as in the SQL migrations.</summary>
    private static void ApplySnakeCaseNames(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(SnakeCase(entity.GetTableName()!));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }

    private static ValueConverter<T, string> SnakeCaseEnum<T>() where T : struct, Enum =>
        new(v => SnakeCase(v.ToString()), s => Enum.Parse<T>(s.Replace("_", "", StringComparison.Ordinal), true));
}
