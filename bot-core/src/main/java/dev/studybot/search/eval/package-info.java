/**
 * Evaluation and benchmarks of answering: question sets in the {@code dev_qa.tsv} format, plain Lucene
 * baselines over the same passages, Recall@1, Recall@3, MRR and abstention per category, and index and query
 * timings beside the baseline's.
 */
package dev.studybot.search.eval;
