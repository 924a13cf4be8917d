import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import './survey.messages';
import { surveyEntities } from './entities/survey.entity';
import { CreateSurveys1765300000000 } from './migrations/1765300000000-create-surveys';

export const surveyMigrations = [CreateSurveys1765300000000];

/**
 * Surveys (_survei_, issue 14): building questionnaires from sections and questions (and
 * the seeded templates), answering them (a course's evaluation gate, a webinar session's,
 * public satisfaction surveys without sign-in), their results, the IKM and exports.
 */
@Module({
  imports: [TypeOrmModule.forFeature(surveyEntities)],
  controllers: [],
  providers: [
    // building/ -> answering/ -> results/ -> privacy/, and demo/ (README)
  ],
})
export class SurveyModule {}
