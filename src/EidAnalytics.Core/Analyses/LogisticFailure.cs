namespace EidAnalytics.Core.Analyses;

/// <summary>Why a logistic regression gave no estimate.</summary>
public enum LogisticFailure
{
    /// <summary>A coefficient ran off towards infinity: some combination of covariates predicts the outcome perfectly.</summary>
    Separation,

    /// <summary>The steps had not settled after the most allowed.</summary>
    NotConverged,

    /// <summary>The information matrix is not positive definite: a covariate is a combination of others.</summary>
    Singular,
}
