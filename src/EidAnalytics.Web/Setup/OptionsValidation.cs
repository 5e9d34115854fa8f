using Microsoft.Extensions.Options;

namespace EidAnalytics.Web.Setup;

public static class OptionsValidation
{
    /// <summary>
    /// Checks options at start by a rule that names every problem, for options whose rules are code
    /// shared with the CLI (Core's MetricOptions); the service does not start with any problem.
    /// </summary>
    public static OptionsBuilder<T> ValidateBy<T>(this OptionsBuilder<T> options, Func<T, IEnumerable<string>> problems) where T : class
    {
        options.Services.AddSingleton<IValidateOptions<T>>(new Rule<T>(options.Name, problems));
        return options.ValidateOnStart();
    }

    private sealed class Rule<T>(string name, Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options)
        {
            if (optionsName != name)
            {
                return ValidateOptionsResult.Skip;
            }

            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
