var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.Run();

/// <summary>The web host's entry point; public so the integration tests can start it.</summary>
public partial class Program;
