import { t } from './strings.ts';

/** Rows a registry page shows: long lists are paged, never cut off. */
export const PAGE_ROWS = 100;

/** The count of what a list holds (always shown) and, past one page, which rows and the page buttons. */
export function Pager(props: {
  total: number;
  page: number;
  onPage: (page: number) => void;
  unit?: 'people' | 'households';
}) {
  const pages = Math.max(1, Math.ceil(props.total / PAGE_ROWS));
  const from = props.page * PAGE_ROWS + 1;
  const to = Math.min(props.total, from + PAGE_ROWS - 1);
  return (
    <div class="pager" data-testid="registry-pager">
      <span role="status" data-testid="registry-count" data-count={props.total}>
        {t(props.unit === 'households' ? 'regCountHouseholds' : 'regCount', { count: props.total })}
      </span>
      {pages > 1 && (
        <>
          <span data-testid="registry-range">{t('regRange', { from, to })}</span>
          <button
            type="button"
            class="btn ghost"
            data-testid="page-prev"
            disabled={props.page === 0}
            onClick={() => props.onPage(props.page - 1)}
          >
            ‹ {t('regPrev')}
          </button>
          <button
            type="button"
            class="btn ghost"
            data-testid="page-next"
            disabled={props.page >= pages - 1}
            onClick={() => props.onPage(props.page + 1)}
          >
            {t('regNext')} ›
          </button>
        </>
      )}
    </div>
  );
}
