// '@bina-pustaka/api-learning/testing': building courses and learners over HTTP in other domains' tests.
export * from './learning-fixtures';
