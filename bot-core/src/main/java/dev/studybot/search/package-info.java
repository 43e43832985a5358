/**
 * Search: Chinese analysis (HanLP words, character n-grams, traditional-to-simplified folding), the Lucene
 * index (built apart from searching, rebuilt only when the documents change) and the searcher that answers a
 * question with scored, highlighted passages or abstains.
 */
package dev.studybot.search;
