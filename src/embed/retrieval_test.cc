#include "embed/retrieval.h"

#include <gtest/gtest.h>

namespace dupalign {
namespace {

TEST(RetrievalTest, MeanTopKAveragesTheLargestValuesOfEachRow) {
  Eigen::MatrixXf scores(2, 4);
  scores << 0.1f, 0.9f, 0.5f, 0.7f,
            -1.0f, -2.0f, -3.0f, -4.0f;
  const Eigen::VectorXf top2 = MeanTopK(scores, 2);
  EXPECT_FLOAT_EQ(top2[0], (0.9f + 0.7f) / 2);
  EXPECT_FLOAT_EQ(top2[1], (-1.0f - 2.0f) / 2);
  EXPECT_FLOAT_EQ(MeanTopK(scores, 10)[0], (0.1f + 0.9f + 0.5f + 0.7f) / 4);
}

TEST(RetrievalTest, CosineIgnoresLengthAndZeroRowsScoreZero) {
  Eigen::MatrixXf a(2, 2), b(2, 2);
  a << 3, 0,
       0, 0;
  b << 1, 1,
       5, 0;
  const Eigen::MatrixXf scores = CosineScores(a, b);
  EXPECT_NEAR(scores(0, 0), std::sqrt(0.5f), 1e-6);
  EXPECT_NEAR(scores(0, 1), 1.0f, 1e-6);
  EXPECT_EQ(scores(1, 0), 0.0f);
}

// Candidate 0 is a hub: every query finds it closer than its own translation.
// Cosine retrieval then fails for queries 1-3; CSLS discounts the hub because
// its neighbourhood is dense.
TEST(RetrievalTest, CslsRecoversTranslationsHiddenByAHub) {
  Eigen::MatrixXf cosine(4, 4);
  cosine << 0.90f, 0.10f, 0.10f, 0.10f,
            0.80f, 0.75f, 0.10f, 0.10f,
            0.80f, 0.10f, 0.75f, 0.10f,
            0.80f, 0.10f, 0.10f, 0.75f;
  EXPECT_DOUBLE_EQ(PrecisionAtOne(cosine), 0.25);
  const Eigen::MatrixXf csls = CslsFromCosine(cosine, 2);
  EXPECT_DOUBLE_EQ(PrecisionAtOne(csls), 1.0);
  // 2 cos - r_query - r_candidate, with k = 2.
  EXPECT_NEAR(csls(1, 0), 2 * 0.80f - (0.80f + 0.75f) / 2 - (0.90f + 0.80f) / 2, 1e-6);
}

TEST(RetrievalTest, ParallelRowsRetrieveEachOtherBothWays) {
  Eigen::MatrixXf a = Eigen::MatrixXf::Identity(5, 5);
  Eigen::MatrixXf b = a * 2;
  b(4, 3) = 3.0f;  // row 4 of b now points closer to row 3 of a
  const ParallelRetrieval result = EvaluateParallel(a, b, 2);
  EXPECT_DOUBLE_EQ(result.cosine_a_to_b, 1.0);   // a's row 3 still prefers b's row 3
  EXPECT_DOUBLE_EQ(result.cosine_b_to_a, 0.8);   // b's row 4 finds a's row 3
  EXPECT_GE(result.csls_a_to_b, 0.8);
  EXPECT_GE(result.csls_b_to_a, 0.8);
}

// Scores of any kind (here word matching's) are evaluated like cosines:
// raw P@1 in the "cosine" fields, then CSLS.
TEST(RetrievalTest, ScoresAreEvaluatedRawAndWithCsls) {
  Eigen::MatrixXf scores(3, 3);
  scores << 0.9f, 0.1f, 0.2f,
            0.6f, 0.5f, 0.0f,
            0.7f, 0.0f, 0.1f;
  const ParallelRetrieval result = EvaluateScores(scores, 1);
  EXPECT_NEAR(result.cosine_a_to_b, 1.0 / 3, 1e-9);  // column 0 wins every row
  EXPECT_NEAR(result.cosine_b_to_a, 2.0 / 3, 1e-9);  // column 2 picks row 0
  EXPECT_DOUBLE_EQ(result.csls_a_to_b, PrecisionAtOne(CslsFromCosine(scores, 1)));
  EXPECT_DOUBLE_EQ(result.csls_b_to_a,
                   PrecisionAtOne(CslsFromCosine(scores, 1).transpose()));
}

}  // namespace
}  // namespace dupalign
